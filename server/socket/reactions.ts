// `reaction:send`: one tap. Not a command of the log: the tap is budgeted per person, checked against the state,
// and counted in the session's pool, which stores the counts a few times a second (reactionPool.ts).
import type { CommandResult } from '../../shared/contract';
import { fail } from '../../shared/errors';
import { reactionLimits } from '../../shared/limits';
import { actorRef } from '../../shared/state';
import { spendOrRefuse } from '../guards/budget';
import { reactionItem } from '../../shared/reaction/reactions';
import { reactionSendSchema } from '../../shared/reaction/schemas';
import { KeyedLimiter } from '../guards/rateLimit';
import { REACTION_PEOPLE_TRACKED } from '../tuning';
import { commandArgs, runAcked } from './acked';
import { reported } from './outcome';
import { ReactionPool } from './reactionPool';
import { admit, refuse } from './throttle';
import type { AppSocket, SocketDeps } from './types';


export class Reactions {
  readonly pool: ReactionPool;
  private readonly perPerson = new KeyedLimiter(reactionLimits.burst, reactionLimits.perSecond, REACTION_PEOPLE_TRACKED);

  constructor(deps: Pick<SocketDeps, 'hub' | 'now'>) {
    this.pool = new ReactionPool(deps.hub, deps.now);
  }

  admitTap(sessionId: string, participantId: string): boolean {
    return this.perPerson.take(`${sessionId}\n${participantId}`);
  }
}

export function registerReactions(socket: AppSocket, deps: SocketDeps, reactions: Reactions): void {
  socket.on('reaction:send', (...args: unknown[]) => {
    const { payload, ack } = commandArgs(args);
    return reported(deps.telemetry, socket, 'reaction:send', () => runAcked(ack, () => sendReaction(socket, deps, reactions, payload)));
  });
}

async function sendReaction(socket: AppSocket, deps: SocketDeps, reactions: Reactions, payload: unknown): Promise<CommandResult> {
  admit(socket);
  const { sessionId, actor } = socket.data;
  if (!sessionId || !actor) fail('not_joined', 'Join a session first');
  if (actor.role !== 'participant') fail('forbidden', 'Only a participant can react');
  // Per person over all their sockets: a held finger or a second tab sends no more than one phone may.
  if (!reactions.admitTap(sessionId, actor.participantId)) refuse(socket, 'Too many reactions; slow down');
  await spendOrRefuse(deps.commandsOverNodes, `${sessionId}:${actorRef(actor)}`, 'Too many requests; slow down');
  const { kind } = reactionSendSchema.parse(payload);
  if (!deps.hub.state(sessionId)) await deps.hub.requireState(sessionId);
  const state = deps.hub.current(sessionId);
  if (!Object.hasOwn(state.participants, actor.participantId)) fail('not_joined', 'Join the session again');
  if (state.status === 'archived') fail('archived', 'The workshop is archived: it can be viewed, not changed');
  return reactions.pool.count(sessionId, reactionItem(state, deps.now()), kind);
}
