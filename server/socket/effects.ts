// What a command's stored events cause besides their broadcast, as the command declares (CommandSpec.afterCommit).
import type { CommandSpec, CommitEffect } from '../../shared/command';
import type { SequencedEvent } from '../../shared/events';
import { type AppSocket, participantRoom, type SocketDeps } from './types';

type Run<E extends CommitEffect> = (socket: AppSocket, deps: SocketDeps, sessionId: string, effect: E) => Promise<void>;

/** One runner per kind of effect: a kind added to CommitEffect does not compile until it has one here. */
const runners: { [K in CommitEffect['kind']]: Run<Extract<CommitEffect, { kind: K }>> } = {
  /** "Glem mig": the stored traces erased, then (once the answer is out) every socket of that participant closed. */
  eraseParticipant: async (socket, deps, sessionId, { participantId }) => {
    await deps.hub.eraseParticipant(sessionId, participantId);
    setImmediate(() => socket.nsp.in(participantRoom(sessionId, participantId)).disconnectSockets(true));
  },
};

export async function runAfterCommit(socket: AppSocket, deps: SocketDeps, sessionId: string, spec: Pick<CommandSpec, 'afterCommit'>, stored: readonly SequencedEvent[]): Promise<void> {
  if (!spec.afterCommit || stored.length === 0) return;
  for (const effect of spec.afterCommit(stored.map((e) => e.event))) await (runners[effect.kind] as Run<CommitEffect>)(socket, deps, sessionId, effect);
}
