import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract';
import type { IdeaLimits } from '../../shared/limits';
import type { KeyRole } from '../../shared/access/permissions';
import { viewerOf } from '../../shared/projection/view';
import type { Actor } from '../../shared/state';
import type { Cluster } from '../cluster';
import type { SessionHub } from '../session/hub';
import { type ViewKind, viewKindOf } from '../session/timeline';
import type { KeyAttempts } from '../guards/keyAttempts';
import type { FailureLimiter } from '../guards/joinCodes';
import type { KeyedLimiter, TokenBucket } from '../guards/rateLimit';
import type { SessionKeyChanges } from '../access/sessionKeyChanges';
import type { Telemetry } from './outcome';
import type { PresenceAudience, PresenceTracker } from './presence';
import type { Turns } from './turns';

export interface SocketData {
  sessionId?: string;
  actor?: Actor;
  /** Commands allowed now (see throttle.ts). */
  bucket: TokenBucket;
  /** Refusals allowed before the socket is closed as a flood. */
  refusals: TokenBucket;
  /** Joins allowed now: far fewer than commands (see throttle.ts). */
  joins: TokenBucket;
  /** The address its connection counts against (see address.ts). */
  address: string;
  /**
   * The session, audience (actorRef: who it was shown as) and sequence this connection was last brought up to,
   * so a rejoin is not sent a snapshot again.
   */
  held?: { sessionId: string; audience: string; seq: number };
  /** A phone in a large room: the seq its poll results and upvote counts were last brought up to (tallies.ts). */
  talliesSeq?: number;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketDeps {
  hub: SessionHub;
  presence: PresenceTracker;
  now: () => number;
  newId: () => string;
  publicUrl: string | undefined;
  adminToken?: string | undefined;
  /** Guards join codes against guessing: failed look-ups per address. */
  joinLimiter: FailureLimiter;
  /** Wrong facilitator keys and ADMIN_TOKENs per address. */
  keyAttempts: KeyAttempts;
  /** The moderator key of a session (server/access/sessionKeyChanges.ts). */
  keyChanges: Pick<SessionKeyChanges, 'moderatorKeyHash'>;
  telemetry: Telemetry;
  /** Behind a reverse proxy: the phone's address is the proxy's last X-Forwarded-For hop. */
  trustProxy: boolean;
  /** Joins per address (see throttle.ts). */
  joinsPerAddress: KeyedLimiter;
  /** Ideas per participant and per board (shared/limits.ts, MAX_IDEAS_PER_PARTICIPANT). */
  ideaLimits: IdeaLimits;
  /** Join answers are built one per event-loop turn (see turns.ts). */
  joinTurns: Turns;
  /** Other nodes serve the same sessions (REDIS_URL): budgets and presence are shared with them. */
  cluster?: Cluster | undefined;
}

/** Every socket of a session: presence and disconnecting a deleted session. */
export const roomOf = (sessionId: string) => `session:${sessionId}`;
/** Whether any socket of this node is in the session. */
export const isWatchedIn = (io: AppServer) => (sessionId: string) => (io.sockets.adapter.rooms.get(roomOf(sessionId))?.size ?? 0) > 0;
/** The sockets that receive the same projection of events (shared/projection). */
export const audienceRoom = (sessionId: string, kind: ViewKind) => `session:${sessionId}:${kind}`;
/** One participant's sockets (a phone and a second tab), for what only they may see. */
export const participantRoom = (sessionId: string, participantId: string) => `session:${sessionId}:p:${participantId}`;

/** The sockets that joined with one kind of key: closed when that key is replaced (server/access/revoke.ts). */
export const keyRoom = (sessionId: string, role: KeyRole) => `session:${sessionId}:key:${role}`;

/** The rooms a presence count goes to (presence.ts). */
export function presenceRooms(sessionId: string, audience: PresenceAudience): string[] {
  if (audience === 'everyone') return [roomOf(sessionId)];
  if (audience === 'phones') return [audienceRoom(sessionId, 'participants')];
  return [audienceRoom(sessionId, 'facilitator'), audienceRoom(sessionId, 'projector')];
}

export function roomsOf(sessionId: string, actor: Actor): string[] {
  const rooms = [roomOf(sessionId), audienceRoom(sessionId, viewKindOf(viewerOf(actor)))];
  if (actor.role === 'facilitator' || actor.role === 'moderator') rooms.push(keyRoom(sessionId, actor.role));
  if (actor.role === 'participant') rooms.push(participantRoom(sessionId, actor.participantId));
  return rooms;
}
