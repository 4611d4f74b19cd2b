// Per-socket rate limit: a command over the limit is refused; a socket that keeps sending regardless is dropped.
import { fail } from '../../shared/errors';
import { TokenBucket } from '../rateLimit';
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

export function throttleFor(): { bucket: TokenBucket; refusals: TokenBucket } {
  return { bucket: new TokenBucket(SOCKET_BURST, SOCKET_RATE), refusals: new TokenBucket(REFUSAL_BURST, REFUSAL_RATE) };
}

/** Takes a token for one command or join, or refuses it with rate_limited (and closes a flooding socket). */
export function admit(socket: AppSocket): void {
  if (socket.data.bucket.take()) return;
  // After the answers already decided (they leave in microtasks), so the client learns why.
  if (!socket.data.refusals.take()) setImmediate(() => socket.conn.close());
  fail('rate_limited', 'Too many requests; slow down');
}
