// Per-socket rate limit: a command over the limit is refused; a socket that keeps sending regardless is dropped.
import { fail } from '../../shared/errors';
import { KeyedLimiter, TokenBucket } from '../guards/rateLimit';
import type { AppSocket } from './types';
import { ADDRESS_JOIN_RATE, REFUSAL_BURST, REFUSAL_RATE, SOCKET_BURST, SOCKET_JOIN_BURST, SOCKET_JOIN_RATE, SOCKET_RATE } from '../tuning';

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
  // After the answers already decided (they leave in microtasks), so the client learns why.
  if (!socket.data.refusals.take()) setImmediate(() => socket.conn.close());
  fail('rate_limited', 'Too many requests; slow down');
}

/** A join that passed its checks takes one of the socket's join tokens and one of its address's. */
export function admitJoin(socket: AppSocket, perAddress: KeyedLimiter): void {
  if (!socket.data.joins.take()) fail('rate_limited', 'This connection has joined too often; reconnect instead');
  if (!perAddress.take(socket.data.address)) fail('rate_limited', 'Too many joins from this address; wait a moment');
}
