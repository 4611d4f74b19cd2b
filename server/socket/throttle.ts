// Per-socket rate limit: a command over the limit is refused; a socket that keeps sending regardless is dropped.
import { fail } from '../../shared/errors';
import { KeyedLimiter, TokenBucket } from '../guards/rateLimit';
import type { AppSocket } from './types';

/** A burst of 40 commands, then 20 a second — far above a person, far below a flood. */
export const SOCKET_BURST = 40;
export const SOCKET_RATE = 20;
/**
 * Refusals a socket may collect before it is closed: 200 at once, then 20 a second. Past that it is a runaway
 * loop or an attack, and decoding and answering its packets slows every other phone. The connection is closed
 * (not the Socket.IO session), so a real client reconnects by itself after a pause, as after a network drop.
 */
export const REFUSAL_BURST = 200;
export const REFUSAL_RATE = 20;

/**
 * Joins are far rarer than commands: a socket joins once, and again only to resync after a gap in what it was
 * sent (a rejoin is a reconnect). Each join may cost a snapshot, so a socket gets 3, then one per 10 s.
 */
export const SOCKET_JOIN_BURST = 3;
export const SOCKET_JOIN_RATE = 0.1;
/**
 * Joins per address: every connection an address may hold (a room behind one venue NAT, MAX_CONNECTIONS_PER_ADDRESS)
 * may join at once, then 5 a second.
 */
export const ADDRESS_JOIN_RATE = 5;

export function throttleFor(): { bucket: TokenBucket; refusals: TokenBucket; joins: TokenBucket } {
  return {
    bucket: new TokenBucket(SOCKET_BURST, SOCKET_RATE),
    refusals: new TokenBucket(REFUSAL_BURST, REFUSAL_RATE),
    joins: new TokenBucket(SOCKET_JOIN_BURST, SOCKET_JOIN_RATE),
  };
}

export function joinsPerAddress(maxConnectionsPerAddress: number): KeyedLimiter {
  return new KeyedLimiter(maxConnectionsPerAddress, ADDRESS_JOIN_RATE);
}

/** Takes a token for one command or join, or refuses it with rate_limited (and closes a flooding socket). */
export function admit(socket: AppSocket): void {
  if (socket.data.bucket.take()) return;
  refuse(socket, 'Too many requests; slow down');
}

/** Refuses with rate_limited, and closes a socket that keeps sending regardless. */
export function refuse(socket: AppSocket, message: string): never {
  // After the answers already decided (they leave in microtasks), so the client learns why.
  if (!socket.data.refusals.take()) setImmediate(() => socket.conn.close());
  fail('rate_limited', message);
}

/** A join that passed its checks takes one of the socket's join tokens and one of its address's. */
export function admitJoin(socket: AppSocket, perAddress: KeyedLimiter): void {
  if (!socket.data.joins.take()) fail('rate_limited', 'This connection has joined too often; reconnect instead');
  if (!perAddress.take(socket.data.address)) fail('rate_limited', 'Too many joins from this address; wait a moment');
}
