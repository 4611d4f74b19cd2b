// session:join — who this socket is, for which session, and everything it missed since `since`.
import { fail } from '../../shared/errors';
import type { DomainEvent } from '../../shared/events';
import { type JoinResult, joinSchema } from '../../shared/session/join';
import { ownValue } from '../../shared/records';
import type { Actor } from '../../shared/state';
import { hashSecret, secretMatches } from '../auth';
import { isAdminToken } from '../http/access';
import type { Credential } from '../store/types';
import { commandArgs, runAcked } from './acked';
import { clientAddress } from './address';
import { syncFor } from './sync';
import { reported } from './outcome';
import { admit } from './throttle';
import { type AppSocket, roomOf, type SocketDeps } from './types';

export function joinUrlFor(socket: AppSocket, publicUrl: string | undefined, joinCode: string): string {
  const host = socket.handshake.headers.host ?? 'localhost';
  const base = publicUrl ?? `${socket.handshake.secure ? 'https' : 'http'}://${host}`;
  return `${base}/j/${joinCode}`;
}

export function registerJoin(socket: AppSocket, deps: SocketDeps): void {
  const { hub, presence } = deps;

  const sessionByCode = (joinCode: string) => {
    const record = hub.store.sessionByJoinCode(joinCode);
    if (!record) {
      if (!deps.joinLimiter.take(clientAddress(socket.handshake, deps.trustProxy))) fail('rate_limited', 'Too many wrong join codes');
      fail('not_found', 'No workshop has this code');
    }
    return record;
  };

  socket.on('session:join', (...args: unknown[]) => {
    const { payload, ack } = commandArgs(args);
    return reported(deps.telemetry, socket, 'session:join', () => runAcked(ack, async (): Promise<JoinResult> => {
      admit(socket);
      const join = joinSchema.parse(payload);
      let sessionId: string;
      let actor: Actor;
      const events: DomainEvent[] = [];
      const credentials: Credential[] = [];

      if (join.role === 'facilitator') {
        const record = hub.store.sessionById(join.sessionId);
        if (!record) fail('not_found', 'No such session');
        deps.keyAttempts.check(socket.handshake.address);
        // The organiser's token opens every console, so the sessions list can offer "open".
        const keyFits = secretMatches(join.key, record.facilitatorKeyHash) || isAdminToken(join.key, deps.adminToken);
        if (!keyFits) {
          deps.keyAttempts.failed(socket.handshake.address);
          fail('forbidden', 'Wrong facilitator key');
        }
        sessionId = record.id;
        actor = { role: 'facilitator' };
      } else if (join.role === 'projector') {
        sessionId = sessionByCode(join.joinCode).id;
        actor = { role: 'projector' };
      } else {
        sessionId = sessionByCode(join.joinCode).id;
        const known = hub.participantSecretHash(sessionId, join.participantId);
        if (known !== undefined && !secretMatches(join.secret, known)) fail('forbidden', 'Wrong participant secret');
        const state = hub.requireState(sessionId);
        // An archived workshop shows its results to those who took part; nobody new joins it.
        if (known === undefined && state.status === 'archived') fail('archived', 'The workshop is archived: nobody new can join');
        const existing = ownValue(state.participants, join.participantId);
        // Imported participants (the authors and voters of imported ideas) have no secret: nobody can become them.
        if (known === undefined && existing) fail('forbidden', 'This participant cannot be joined');
        if (known === undefined) {
          const secretHash = hashSecret(join.secret);
          hub.rememberSecretHash(sessionId, join.participantId, secretHash);
          credentials.push({ sessionId, participantId: join.participantId, secretHash });
        }
        // The name counts on the first join only; a reconnect must not undo a later participant:rename.
        if (!existing) events.push({ type: 'participant:joined', participantId: join.participantId, name: join.name ?? '' });
        actor = { role: 'participant', participantId: join.participantId };
      }

      const state = hub.requireState(sessionId);
      if (events.length || credentials.length) {
        const actorRef = actor.role === 'participant' ? actor.participantId : actor.role;
        await hub.append(sessionId, actorRef, events, deps.now(), credentials);
      }
      leaveCurrent(socket, deps);
      socket.data.sessionId = sessionId;
      socket.data.actor = actor;
      await socket.join(roomOf(sessionId));
      if (actor.role === 'participant') presence.add(sessionId, actor.participantId);
      await hub.flushed();
      socket.emit('presence', presence.presence(sessionId));
      return {
        actor,
        joinUrl: joinUrlFor(socket, deps.publicUrl, state.joinCode),
        serverTime: deps.now(),
        sync: syncFor(hub, sessionId, join.since),
      };
    }));
  });

  socket.on('disconnect', () => leaveCurrent(socket, deps));
}

function leaveCurrent(socket: AppSocket, deps: SocketDeps): void {
  const { sessionId, actor } = socket.data;
  if (!sessionId) return;
  void socket.leave(roomOf(sessionId));
  if (actor?.role === 'participant') deps.presence.remove(sessionId, actor.participantId);
  socket.data.sessionId = undefined;
  socket.data.actor = undefined;
}
