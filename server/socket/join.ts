// session:join — who this socket is, for which session, and everything it missed since `since`.
import { fail } from '../../shared/errors';
import { boardLimits } from '../../shared/limits';
import type { DomainEvent } from '../../shared/events';
import { type JoinResult, joinSchema } from '../../shared/session/join';
import { ownValue } from '../../shared/records';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import type { SessionHub } from '../hub';
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

type ParsedJoin = ReturnType<typeof joinSchema.parse>;

export function registerJoin(socket: AppSocket, deps: SocketDeps): void {
  socket.on('session:join', (...args: unknown[]) => {
    const { payload, ack } = commandArgs(args);
    return reported(deps.telemetry, socket, 'session:join', () => runAcked(ack, async (): Promise<JoinResult> => {
      admit(socket);
      const join = joinSchema.parse(payload);
      // A join that lost a race to another node is tried again, but pays its join budget once.
      const budget = { spent: false };
      return retryOnConflict((retrying) => joinOnce(socket, deps, join, budget, retrying));
    }));
  });

  socket.on('disconnect', () => leaveCurrent(socket, deps));
}

async function sessionByCode(socket: AppSocket, deps: SocketDeps, joinCode: string) {
  const record = await deps.hub.recordByJoinCode(joinCode);
  if (!record) {
    const address = clientAddress(socket.handshake, deps.trustProxy);
    if (!deps.joinLimiter.take(address)) fail('rate_limited', 'Too many wrong join codes');
    if (deps.cluster && !(await deps.cluster.allowWrongJoinCode(addressGroup(address)))) fail('rate_limited', 'Too many wrong join codes');
    fail('not_found', 'No workshop has this code');
  }
  return record;
}

/** Who the socket joins as, and in which session; a wrong facilitator key or join code is refused here. */
async function identify(socket: AppSocket, deps: SocketDeps, join: ParsedJoin): Promise<{ sessionId: string; actor: Actor }> {
  if (join.role === 'facilitator') {
    const record = await deps.hub.record(join.sessionId);
    if (!record) fail('not_found', 'No such session');
    deps.keyAttempts.check(socket.handshake.address);
    // The organiser's token opens every console, so the sessions list can offer "open".
    const keyFits = secretMatches(join.key, record.facilitatorKeyHash) || isAdminToken(join.key, deps.adminToken);
    if (!keyFits) {
      deps.keyAttempts.failed(socket.handshake.address);
      fail('forbidden', 'Wrong facilitator key');
    }
    return { sessionId: record.id, actor: { role: 'facilitator' } };
  }
  const sessionId = (await sessionByCode(socket, deps, join.joinCode)).id;
  return { sessionId, actor: join.role === 'projector' ? { role: 'projector' } : { role: 'participant', participantId: join.participantId } };
}

async function joinOnce(socket: AppSocket, deps: SocketDeps, join: ParsedJoin, budget: { spent: boolean }, retrying: boolean): Promise<JoinResult> {
  const { hub, presence } = deps;
  const events: DomainEvent[] = [];
  const credentials: Credential[] = [];
  const { sessionId, actor } = await identify(socket, deps, join);
  await hub.requireState(sessionId);
  // What other nodes stored is here before the decision and the snapshot (REDIS_URL).
  if (deps.cluster || retrying) await hub.catchUp(sessionId);
  // Shared with the other nodes, so taken before the decision (nothing may be awaited between it and the append).
  if (!budget.spent) await deps.cluster?.admitJoin(socket.data.address);
  const storedSecretHash = join.role === 'participant' ? await hub.participantSecretHash(sessionId, join.participantId) : undefined;
  // From here to the append nothing is awaited: two joins of one participant at once see each other's decision.
  const state = hub.current(sessionId);
  if (join.role === 'participant') admitParticipant(hub, state, join, storedSecretHash, events, credentials);

  // Only a join that passed its checks spends the join budget, and a refused one leaves nothing behind.
  if (!budget.spent) admitJoin(socket, deps.joinsPerAddress);
  budget.spent = true;
  for (const c of credentials) hub.rememberSecretHash(c.sessionId, c.participantId, c.secretHash);
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
  return await deps.joinTurns.run(async () => {
    // What this connection was already sent stays sent: a rejoin catches up from there, never from scratch.
    // Decided on the turn itself, so joins sent together cannot all take a snapshot before the first is sent.
    const audience = actorRef(actor);
    const last = socket.data.held;
    const held = last?.sessionId === sessionId && last.audience === audience ? last.seq : undefined;
    const since = held !== undefined && (join.since === undefined || join.since < held) ? held : join.since;
    // Dropped from memory since (a write of another screen failed): the screen asks again.
    const timeline = hub.currentTimeline(sessionId);
    socket.data.held = { sessionId, audience, seq: timeline.committed.seq };
    const sync = await syncFor(hub, timeline, actor, since);
    return { actor, joinUrl: joinUrlFor(socket, deps.publicUrl, state.joinCode), serverTime: deps.now(), sync };
  });
}

/** A participant's join: their secret checked (or claimed, the first time) and their first join recorded. */
function admitParticipant(
  hub: SessionHub,
  state: SessionState,
  join: Extract<ParsedJoin, { role: 'participant' }>,
  storedSecretHash: string | undefined,
  events: DomainEvent[],
  credentials: Credential[],
): void {
  const sessionId = state.id;
  // A join of the same participant that came first may have claimed the id meanwhile.
  const known = hub.knownSecretHash(sessionId, join.participantId) ?? storedSecretHash;
  if (known !== undefined && !secretMatches(join.secret, known)) fail('forbidden', 'Wrong participant secret');
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
}

function leaveCurrent(socket: AppSocket, deps: SocketDeps): void {
  const { sessionId, actor } = socket.data;
  if (!sessionId) return;
  for (const room of actor ? roomsOf(sessionId, actor) : [roomOf(sessionId)]) void socket.leave(room);
  if (actor?.role === 'participant') deps.presence.remove(sessionId, actor.participantId);
  socket.data.sessionId = undefined;
  socket.data.actor = undefined;
}
