// The phone's address for limits and logs: behind a trusted proxy, the one the proxy saw (the last X-Forwarded-For hop).
import type { AppSocket } from './types';

export function clientAddress(handshake: Pick<AppSocket['handshake'], 'address' | 'headers'>, trustProxy: boolean): string {
  if (!trustProxy) return handshake.address;
  const header = handshake.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  return hops.at(-1)?.trim() || handshake.address;
}
