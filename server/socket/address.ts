// The address a socket counts against: the peer, or behind a trusted proxy the client it forwarded.
import type { AppSocket } from './types';

export function socketAddress(socket: AppSocket, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = socket.handshake.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return socket.handshake.address;
}
