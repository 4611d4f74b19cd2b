// session:join — who this socket is, for which session, and everything it missed since `since`.
import { fail } from '../../shared/errors';
import { boardLimits } from '../../shared/limits';
import type { DomainEvent } from '../../shared/events';
import { type JoinPayload, type JoinResult, joinSchema } from '../../shared/session/join';
import { ownValue } from '../../shared/records';
import { type Actor, actorRef } from '../../shared/state';
import { hashSecret, secretMatches } from '../auth';
import { addressGroup } from '../addressGroup';
import { isAdminToken } from '../http/access';
import type { Credential } from '../store/types';
import { commandArgs, runAcked } from './acked';
import { clientAddress } from './address';
import { syncFor } from './sync';
import { reported } from './outcome';
import { retryOnConflict } from './retry';
import { admit, admitJoin } from './throttle';
import { type AppSocket, roomOf, roomsOf, type SocketDeps } from './types';

export function joinUrlFor(socket: AppSocket, publicUrl: string | undefined, joinCode: string): string {
  const host = socket.handshake.headers.host ?? 'localhost';
  const base = publicUrl ?? `${socket.handshake.secure ? 'https' : 'http'}://${host}`;
  return `${base}/j/${joinCode}`;
}

export function registerJoin(socket: AppSocket, deps: SocketDeps): void {
  socket.on('session:join', (...args: unknown[]) => {
    const { payload, ack } = commandArgs(args);
    return reported(deps.telemetry, socket, 'session:join', () => runAcked(ack, async (): Promise<JoinResult> => {
      admit(socket);
      const join = joinSchema.parse(payload);
      // A join that lost a race to another node is tried again, but pays its join budget once.
      const budget = { spent: false };
      return retryOnConflict(() => joinOnce(socket, deps, join, budget));
    }));
  });

  socket.on('disconnect', () => leaveCurrent(socket, deps));
}

async function sessionByCode(socket: AppSocket, deps: SocketDeps, joinCode: string) {
  const record = deps.hub.store.sessionByJoinCode(joinCode);
  if (!record) {
    const address = clientAddress(socket.handshake, deps.trustProxy);
    if (!deps.joinLimiter.take(address)) fail('rate_limited', 'Too many wrong join codes');
    if (deps.cluster && !(await deps.cluster.allowWrongJoinCode(addressGroup(address)))) fail('rate_limited', 'Too many wrong join codes');
    fail('not_found', 'No workshop has this code');
  }
  return record;
}

/** Who this socket is and what it is owed; the first join of a participant is stored (and raced, on several nodes). */
async function identify(socket: AppSocket, deps: SocketDeps, join: JoinPayload): Promise<{ sessionId: string; actor: Actor; events: DomainEvent[]; credentials: Credential[] }> {
  const { hub } = deps;
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
    return { sessionId: record.id, actor: { role: 'facilitator' }, events, credentials };
  }
  const sessionId = (await sessionByCode(socket, deps, join.joinCode)).id;
  if (join.role === 'projector') return { sessionId, actor: { role: 'projector' }, events, credentials };
  const known = hub.participantSecretHash(sessionId, join.participantId);
  if (known !== undefined && !secretMatches(join.secret, known)) fail('forbidden', 'Wrong participant secret');
  const state = hub.currentState(sessionId);
  // An archived workshop shows its results to those who took part; nobody new joins it.
  if (known === undefined && state.status === 'archived') fail('archived', 'The workshop is archived: nobody new can join');
  const existing = ownValue(state.participants, join.participantId);
  // Imported participants (the authors and voters of imported ideas) have no secret: nobody can become them.
  if (known === undefined && existing) fail('forbidden', 'This participant cannot be joined');
  if (!existing && Object.keys(state.participants).length >= boardLimits.participantsPerBoard) {
    fail('limit_reached', `This workshop has its maximum of ${boardLimits.participantsPerBoard} participants`);
  }
  if (known === undefined) credentials.push({ sessionId, participantId: join.participantId, secretHash: hashSecret(join.secret) });
  // The name counts on the first join only; a reconnect must not undo a later participant:rename.
  if (!existing) events.push({ type: 'participant:joined', participantId: join.participantId, name: join.name ?? '' });
  return { sessionId, actor: { role: 'participant', participantId: join.participantId }, events, credentials };
}

async function joinOnce(socket: AppSocket, deps: SocketDeps, join: JoinPayload, budget: { spent: boolean }): Promise<JoinResult> {
  const { hub, presence } = deps;
  const { sessionId, actor, events, credentials } = await identify(socket, deps, join);
  // Only a join that passed its checks spends the join budget, and a refused one leaves nothing behind.
  if (!budget.spent) {
    admitJoin(socket, deps.joinsPerAddress);
    await deps.cluster?.admitJoin(socket.data.address);
    budget.spent = true;
  }
  for (const c of credentials) hub.rememberSecretHash(c.sessionId, c.participantId, c.secretHash);
  const state = hub.currentState(sessionId);
  if (events.length || credentials.length) {
    await hub.append(sessionId, actorRef(actor), events, deps.now(), credentials);
  }
  leaveCurrent(socket, deps);
  socket.data.sessionId = sessionId;
  socket.data.actor = actor;
  await socket.join(roomsOf(sessionId, actor));
  if (actor.role === 'participant') presence.add(sessionId, actor.participantId);
  await hub.flushed();
  socket.emit('presence', presence.presence(sessionId));
  // The answer is built and sent on its own turn of the event loop (see turns.ts).
  return deps.joinTurns.run(() => {
    // What this connection was already sent stays sent: a rejoin catches up from there, never from scratch.
    // Decided on the turn itself, so joins sent together cannot all take a snapshot before the first is sent.
    const audience = actorRef(actor);
    const last = socket.data.held;
    const held = last?.sessionId === sessionId && last.audience === audience ? last.seq : undefined;
    const since = held !== undefined && (join.since === undefined || join.since < held) ? held : join.since;
    const sync = syncFor(hub, sessionId, actor, since);
    socket.data.held = { sessionId, audience, seq: sync.to };
    return { actor, joinUrl: joinUrlFor(socket, deps.publicUrl, state.joinCode), serverTime: deps.now(), sync };
  });
}

function leaveCurrent(socket: AppSocket, deps: SocketDeps): void {
  const { sessionId, actor } = socket.data;
  if (!sessionId) return;
  for (const room of actor ? roomsOf(sessionId, actor) : [roomOf(sessionId)]) void socket.leave(room);
  if (actor?.role === 'participant') deps.presence.remove(sessionId, actor.participantId);
  socket.data.sessionId = undefined;
  socket.data.actor = undefined;
}
