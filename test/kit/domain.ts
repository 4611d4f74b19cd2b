// Pure domain fixtures: states built by folding real events, and commands decided without a server.
import { commands, type CommandName, type CommandPayload } from '../../shared/contract';
import { DomainError, type ErrorCode } from '../../shared/errors';
import type { DomainEvent } from '../../shared/events';
import { evolveAll } from '../../shared/evolve';
import { createFromTemplate } from '../../shared/session/create';
import { blankSession } from '../../shared/session/evolve';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import { outOfTheBox } from '../../shared/templates/outOfTheBox';
import { ZodError } from 'zod';
import { zodToError } from '../../server/knownError';

export const NOW = Date.parse('2026-11-25T12:50:00Z'); // 13.50 in Copenhagen: during the workshop slot
export const facilitator = { role: 'facilitator' } as const satisfies Actor;
export const moderator = { role: 'moderator' } as const satisfies Actor;
export const anna: { role: 'participant'; participantId: string } = { role: 'participant', participantId: 'anna-00001' };
export const bo: { role: 'participant'; participantId: string } = { role: 'participant', participantId: 'bo-0000001' };
export const projector = { role: 'projector' } as const satisfies Actor;

export function counterIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

/** The default workshop with Anna and Bo joined, then `events` applied. */
export function sessionWith(events: DomainEvent[] = []): SessionState {
  const created = createFromTemplate(outOfTheBox, { sessionId: 'session-1', joinCode: 'ABCDEF', date: '2026-11-25', newId: counterIds('item') });
  const all: DomainEvent[] = [
    created,
    { type: 'participant:joined', participantId: 'anna-00001', name: 'Anna' },
    { type: 'participant:joined', participantId: 'bo-0000001', name: 'Bo' },
    ...events,
  ];
  return evolveAll(blankSession('session-1'), all.map((event, i) => ({ seq: i + 1, at: NOW - 60_000 + i, actor: 'system', event })));
}

export type Decision = { events: DomainEvent[] } | { error: ErrorCode };

/** Runs a command the way the server does (parse, then decide) and returns its events or its error code. */
export function decide<K extends CommandName>(state: SessionState, actor: Actor, name: K, payload: CommandPayload<K>, now = NOW): Decision {
  const spec = commands[name];
  try {
    const parsed = spec.schema.parse(payload);
    const run = spec.decide as (ctx: unknown, p: unknown) => DomainEvent[];
    return { events: run({ state, actor, now, newId: counterIds('new') }, parsed) };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.code };
    if (error instanceof ZodError) return { error: zodToError(error).code };
    throw error;
  }
}

/** Decides and applies: the state after the command, or throws with the error code. */
export function apply<K extends CommandName>(state: SessionState, actor: Actor, name: K, payload: CommandPayload<K>, now = NOW): SessionState {
  const result = decide(state, actor, name, payload, now);
  if ('error' in result) throw new Error(`${name} failed: ${result.error}`);
  return evolveAll(state, result.events.map((event, i) => ({ seq: state.seq + i + 1, at: now, actor: actorRef(actor), event })));
}
