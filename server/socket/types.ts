import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/contract';
import type { Actor } from '../../shared/state';
import type { SessionHub } from '../hub';
import type { KeyAttempts } from '../keyAttempts';
import type { FailureLimiter, TokenBucket } from '../rateLimit';
import type { Telemetry } from './outcome';
import type { PresenceTracker } from './presence';

export interface SocketData {
  sessionId?: string;
  actor?: Actor;
  /** Commands allowed now (see throttle.ts). */
  bucket: TokenBucket;
  /** Refusals allowed before the socket is closed as a flood. */
  refusals: TokenBucket;
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
  telemetry: Telemetry;
  /** Behind a reverse proxy: the phone's address is the proxy's last X-Forwarded-For hop. */
  trustProxy: boolean;
}

export const roomOf = (sessionId: string) => `session:${sessionId}`;
