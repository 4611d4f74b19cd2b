// session:join — who this socket is, for which session, and everything it missed since `since`.
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import { fail } from '../../shared/errors';
import { boardLimits } from '../../shared/limits';
import { joinUrl } from '../../shared/links';
import type { DomainEvent } from '../../shared/events';
import { type JoinPayload, type JoinResult, joinSchema } from '../../shared/session/join';
import { ownValue } from '../../shared/records';
import { requireOwnableParticipantId } from '../../shared/session/participantIds';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import { opensConsole } from '../access/sessionKeys';
import { hashSecret, secretMatches } from '../guards/auth';
import type { SessionHub } from '../session/hub';
import { participantCount } from '../session/fold';
import { requireKnownCode } from '../guards/joinCodes';
import { publicBase } from '../publicBase';
import { StoreConflict } from '../store/failures';
import type { Credential } from '../store/types';
import { commandArgs, runAcked } from './acked';
import { clientAddress } from './address';
import { syncFor } from './sync';
import { reported } from './outcome';
import { retryOnConflict } from './retry';
import { admit, admitJoin } from './throttle';
import { type AppSocket, roomOf, roomsOf, type SocketDeps } from './types';

type Join = ReturnType<typeof joinSchema.parse>;
/** Who the join makes this socket, and what joining writes (a new participant's name and secret). */
interface Admission {
  sessionId: string;
  actor: Actor;
  events: DomainEvent[];
  credentials: Credential[];
}

function joinUrlFor(socket: AppSocket, publicUrl: string | undefined, joinCode: string): string {
  const base = publicBase(publicUrl, socket.handshake.secure ? 'https' : 'http', socket.handshake.headers.host);
  return joinUrl(base, joinCode);
}

export function registerJoin(socket: AppSocket, deps: SocketDeps): void {
  socket.on('session:join', (...args: unknown[]) => {
    const { payload, ack } = commandArgs(args);
    return reported(deps.telemetry, socket, 'session:join', () => runAcked(ack, () => join(socket, deps, payload)));
  });
  socket.on('disconnect', () => leaveCurrent(socket, deps));
}

async function join(socket: AppSocket, deps: SocketDeps, payload: unknown): Promise<JoinResult> {
  admit(socket);
  const request = joinSchema.parse(payload);
  requireSameProtocol(request);
  if (request.role === 'participant') requireOwnableParticipantId(request.participantId);
  // A join that lost a race to another node is tried again, but pays its join budget once.
  const budget = { spent: false };
  return retryOnConflict(deps.hub, () => joinOnce(socket, deps, request, budget));
}

async function joinOnce(socket: AppSocket, deps: SocketDeps, request: Join, budget: { spent: boolean }): Promise<JoinResult> {
  const { hub, presence } = deps;
  const { sessionId, actor, events, credentials, state } = await admission(socket, deps, request, budget);
  // Only a join that passed its checks spends the join budget, and a refused one leaves nothing behind.
  if (!budget.spent) admitJoin(socket, deps.joinsPerAddress);
  budget.spent = true;
  if (events.length || credentials.length) await registered(hub, sessionId, actor, events, credentials, deps.now());
  // Joined on another join's claim to this id (a second tab, a reconnect): acknowledged once that claim is stored.
  else if (actor.role === 'participant') await claimStored(hub, sessionId, actor.participantId);
  leaveCurrent(socket, deps);
  socket.data.sessionId = sessionId;
  socket.data.actor = actor;
  await socket.join(roomsOf(sessionId, actor));
  if (actor.role === 'participant') presence.add(sessionId, actor.participantId);
  await hub.flushed();
  socket.emit('presence', presence.presence(sessionId));
  // The answer is built and sent on its own turn of the event loop (see turns.ts).
  return deps.joinTurns.run(async () => ({
    actor,
    joinUrl: joinUrlFor(socket, deps.publicUrl, state.joinCode),
    serverTime: deps.now(),
    sync: await catchUp(socket, deps, sessionId, actor, request.since),
  }));
}

/** First joins whose credential and participant:joined are on their way to the store, by hub and `session/participant`. */
const claimsInFlight = new WeakMap<SessionHub, Map<string, Promise<void>>>();
const claimsOf = (hub: SessionHub) => claimsInFlight.get(hub) ?? claimsInFlight.set(hub, new Map()).get(hub)!;

/**
 * Stores what a join registers. The claimed secret is known at once (a second join of the id checks against it),
 * and forgotten if the write fails: a retry after a conflict must claim it again and store it, not find it in memory.
 */
async function registered(hub: SessionHub, sessionId: string, actor: Actor, events: DomainEvent[], credentials: Credential[], now: number): Promise<void> {
  for (const c of credentials) hub.secrets.remember(c.sessionId, c.participantId, c.secretHash);
  const write = hub.append(sessionId, actorRef(actor), events, now, credentials).then(() => undefined);
  const claims = claimsOf(hub);
  for (const c of credentials) {
    const key = `${c.sessionId}/${c.participantId}`;
    claims.set(key, write);
    const settled = () => void (claims.get(key) === write && claims.delete(key));
    write.then(settled, settled);
  }
  try {
    await write;
  } catch (error) {
    for (const c of credentials) hub.secrets.forgetClaim(c.sessionId, c.participantId, c.secretHash);
    throw error;
  }
}

/** Waits for another join's claim to this participant id; when that write failed, this join is decided again. */
async function claimStored(hub: SessionHub, sessionId: string, participantId: string): Promise<void> {
  const claim = claimsOf(hub).get(`${sessionId}/${participantId}`);
  if (!claim) return;
  try {
    await claim;
  } catch {
    throw new StoreConflict(sessionId);
  }
}

/** A page built for another protocol would misread what it is sent: it is told to reload instead. */
function requireSameProtocol(request: Pick<JoinPayload, 'protocol'>): void {
  if (request.protocol !== undefined && request.protocol !== PROTOCOL_VERSION) {
    fail('outdated', `This page speaks protocol ${request.protocol}; the server speaks ${PROTOCOL_VERSION}: reload the page`);
  }
}

/**
 * Who the join makes this socket. Everything read from the store (and other nodes) is awaited first; from the
 * state read to the append nothing is awaited, so two joins of one participant at once see each other's decision.
 */
async function admission(
  socket: AppSocket,
  deps: SocketDeps,
  request: Join,
  budget: { spent: boolean },
): Promise<Admission & { state: SessionState }> {
  const { hub } = deps;
  const sessionId = request.role === 'facilitator' || request.role === 'moderator'
    ? await keyedSession(socket, deps, request)
    : (await sessionByCode(socket, deps, request.joinCode)).id;
  await hub.requireState(sessionId);
  // What other nodes stored is here before the decision and the snapshot (REDIS_URL).
  if (deps.cluster) await hub.catchUp(sessionId);
  // Shared with the other nodes, so taken before the decision.
  if (!budget.spent) await deps.cluster?.admitJoin(socket.data.address);
  const none = { events: [], credentials: [] };
  if (request.role !== 'participant') return { ...none, sessionId, actor: { role: request.role }, state: hub.current(sessionId) };
  const storedSecretHash = await hub.secrets.stored(sessionId, request.participantId);
  const state = hub.current(sessionId);
  return { ...participantAdmission(hub, state, request, storedSecretHash), state };
}

async function sessionByCode(socket: AppSocket, deps: SocketDeps, joinCode: string) {
  const address = clientAddress(socket.handshake, deps.trustProxy);
  const record = await deps.hub.records.ofJoinCode(joinCode);
  return requireKnownCode(record, deps.joinLimiter, address);
}

/** The console's or the moderator's join: a key of this session, compared before any budget is looked at. */
async function keyedSession(socket: AppSocket, deps: SocketDeps, request: Extract<Join, { role: 'facilitator' | 'moderator' }>): Promise<string> {
  // The phone's own address behind a proxy, not the proxy's: else ten wrong keys from anyone lock out every console.
  const address = clientAddress(socket.handshake, deps.trustProxy);
  const record = await deps.hub.records.ofSession(request.sessionId);
  // A made-up session id is a guess like a wrong key: it costs the same.
  if (!record) return deps.keyAttempts.refuse(address, 'No such session', 'not_found');
  // The facilitator's key, or the organiser's key to this one session (the admin page's "open"); never ADMIN_TOKEN.
  const fits = request.role === 'facilitator'
    ? opensConsole(request.key, record, deps.adminToken)
    : secretMatches(request.key, (await deps.keyChanges.moderatorKeyHash(record.id)) ?? NO_KEY);
  if (!fits) await deps.keyAttempts.refuse(address, `Wrong ${request.role} key`);
  return record.id;
}

/** Compared against when a session has no moderator key: the same work as a real comparison, and never a match. */
const NO_KEY = '0'.repeat(64);

/** A participant's join: their secret checked (or claimed, the first time) and their first join recorded. */
function participantAdmission(
  hub: SessionHub,
  state: SessionState,
  request: Extract<Join, { role: 'participant' }>,
  storedSecretHash: string | undefined,
): Admission {
  const sessionId = state.id;
  const { participantId } = request;
  // A join of the same participant that came first may have claimed the id meanwhile.
  const known = hub.secrets.known(sessionId, participantId) ?? storedSecretHash;
  if (known !== undefined && !secretMatches(request.secret, known)) fail('forbidden', 'Wrong participant secret');
  // An archived workshop shows its results to those who took part; nobody new joins it.
  if (known === undefined && state.status === 'archived') fail('archived', 'The workshop is archived: nobody new can join');
  const existing = ownValue(state.participants, participantId);
  // Imported participants (the authors and voters of imported ideas) have no secret: nobody can become them.
  if (known === undefined && existing) fail('forbidden', 'This participant cannot be joined');
  if (!existing && participantCount(state.participants) >= boardLimits.participantsPerBoard) {
    fail('limit_reached', `This workshop has its maximum of ${boardLimits.participantsPerBoard} participants`);
  }
  return {
    sessionId,
    actor: { role: 'participant', participantId },
    credentials: known === undefined ? [{ sessionId, participantId, secretHash: hashSecret(request.secret) }] : [],
    // The name counts on the first join only; a reconnect must not undo a later participant:rename.
    events: existing ? [] : [{ type: 'participant:joined', participantId, name: request.name ?? '' }],
  };
}

/**
 * What this connection was already sent stays sent: a rejoin catches up from there, never from scratch.
 * Decided on the answer's own turn, so joins sent together cannot all take a snapshot before the first is sent.
 */
function catchUp(socket: AppSocket, deps: SocketDeps, sessionId: string, actor: Actor, since: number | undefined) {
  const audience = actorRef(actor);
  const last = socket.data.held;
  const held = last?.sessionId === sessionId && last.audience === audience ? last.seq : undefined;
  const from = held !== undefined && (since === undefined || since < held) ? held : since;
  // Dropped from memory since (a write of another screen failed): the screen asks again.
  const timeline = deps.hub.currentTimeline(sessionId);
  socket.data.held = { sessionId, audience, seq: timeline.committed.seq };
  const sync = syncFor(deps.hub, timeline, actor, from);
  // A snapshot holds every count; events caught up onto counts the phone may have had as tallies do not.
  if (!(sync instanceof Promise)) socket.data.talliesSeq = sync.kind === 'snapshot' ? sync.to : 0;
  return sync;
}

function leaveCurrent(socket: AppSocket, deps: SocketDeps): void {
  const { sessionId, actor } = socket.data;
  if (!sessionId) return;
  for (const room of actor ? roomsOf(sessionId, actor) : [roomOf(sessionId)]) void socket.leave(room);
  if (actor?.role === 'participant') deps.presence.remove(sessionId, actor.participantId);
  socket.data.sessionId = undefined;
  socket.data.actor = undefined;
}
