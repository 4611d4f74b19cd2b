// session:join — who this socket is, for which session, and everything it missed since `since`.
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import { fail } from '../../shared/errors';
import { boardLimits } from '../../shared/limits';
import { joinUrl } from '../../shared/links';
import type { DomainEvent } from '../../shared/events';
import { type JoinPayload, type JoinResult, joinSchema } from '../../shared/session/join';
import { ownValue } from '../../shared/records';
import { type Actor, actorRef } from '../../shared/state';
import { hashSecret, isAdminToken, secretMatches } from '../auth';
import { requireKnownCode } from '../joinCodes';
import { publicBase } from '../publicBase';
import type { Credential } from '../store/types';
import { commandArgs, runAcked } from './acked';
import { clientAddress } from './address';
import { syncFor } from './sync';
import { reported } from './outcome';
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
  const { hub, presence } = deps;
  admit(socket);
  const request = joinSchema.parse(payload);
  requireSameProtocol(request);
  const { sessionId, actor, events, credentials } = admission(socket, deps, request);
  // Only a join that passed its checks spends the join budget, and a refused one leaves nothing behind.
  admitJoin(socket, deps.joinsPerAddress);
  for (const c of credentials) hub.rememberSecretHash(c.sessionId, c.participantId, c.secretHash);
  const state = hub.requireState(sessionId);
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
  return deps.joinTurns.run(() => ({
    actor,
    joinUrl: joinUrlFor(socket, deps.publicUrl, state.joinCode),
    serverTime: deps.now(),
    sync: catchUp(socket, deps, sessionId, actor, request.since),
  }));
}

/** A page built for another protocol would misread what it is sent: it is told to reload instead. */
function requireSameProtocol(request: Pick<JoinPayload, 'protocol'>): void {
  if (request.protocol !== undefined && request.protocol !== PROTOCOL_VERSION) {
    fail('outdated', `This page speaks protocol ${request.protocol}; the server speaks ${PROTOCOL_VERSION}: reload the page`);
  }
}

function admission(socket: AppSocket, deps: SocketDeps, request: Join): Admission {
  const none = { events: [], credentials: [] };
  if (request.role === 'facilitator') return { ...none, sessionId: facilitatorSession(socket, deps, request.sessionId, request.key), actor: { role: 'facilitator' } };
  const sessionId = sessionByCode(socket, deps, request.joinCode).id;
  if (request.role === 'projector') return { ...none, sessionId, actor: { role: 'projector' } };
  return participantAdmission(deps, sessionId, request);
}

function sessionByCode(socket: AppSocket, deps: SocketDeps, joinCode: string) {
  return requireKnownCode(deps.hub.store.sessionByJoinCode(joinCode), deps.joinLimiter, clientAddress(socket.handshake, deps.trustProxy));
}

function facilitatorSession(socket: AppSocket, deps: SocketDeps, sessionId: string, key: string): string {
  const record = deps.hub.store.sessionById(sessionId);
  if (!record) fail('not_found', 'No such session');
  deps.keyAttempts.check(socket.handshake.address);
  // The organiser's token opens every console, so the sessions list can offer "open".
  const keyFits = secretMatches(key, record.facilitatorKeyHash) || isAdminToken(key, deps.adminToken);
  if (!keyFits) {
    deps.keyAttempts.failed(socket.handshake.address);
    fail('forbidden', 'Wrong facilitator key');
  }
  return record.id;
}

function participantAdmission(deps: SocketDeps, sessionId: string, request: Extract<Join, { role: 'participant' }>): Admission {
  const { hub } = deps;
  const { participantId } = request;
  const known = hub.participantSecretHash(sessionId, participantId);
  if (known !== undefined && !secretMatches(request.secret, known)) fail('forbidden', 'Wrong participant secret');
  const state = hub.requireState(sessionId);
  // An archived workshop shows its results to those who took part; nobody new joins it.
  if (known === undefined && state.status === 'archived') fail('archived', 'The workshop is archived: nobody new can join');
  const existing = ownValue(state.participants, participantId);
  // Imported participants (the authors and voters of imported ideas) have no secret: nobody can become them.
  if (known === undefined && existing) fail('forbidden', 'This participant cannot be joined');
  if (!existing && Object.keys(state.participants).length >= boardLimits.participantsPerBoard) {
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
  const sync = syncFor(deps.hub, sessionId, actor, from);
  socket.data.held = { sessionId, audience, seq: sync.to };
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
