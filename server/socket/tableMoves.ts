// Table moves per phone (an identity, not a socket: a phone can open many): every move reaches the facilitator's
// overview, so a script that flips tables in a loop is refused past tableLimits.movesPerMinute.
import { fail } from '../../shared/errors';
import { tableLimits } from '../../shared/limits';
import { KeyedLimiter } from '../guards/rateLimit';
import type { SessionHub } from '../session/hub';

const limiters = new WeakMap<SessionHub, KeyedLimiter>();

const limiterOf = (hub: SessionHub) =>
  limiters.get(hub) ?? limiters.set(hub, new KeyedLimiter(tableLimits.movesPerMinute, tableLimits.movesPerMinute / 60)).get(hub)!;

export function admitTableMove(hub: SessionHub, sessionId: string, participantId: string): void {
  if (!limiterOf(hub).take(`${sessionId}/${participantId}`)) fail('rate_limited', `At most ${tableLimits.movesPerMinute} table changes a minute`);
}
