// How the socket reaches the server. WebSocket first: its handshake is one round trip where HTTP long-polling
// needs a request per step (handshake, connect, join, answer), which on a slow venue network is the difference
// between a board in under two seconds and one in two and a half (docs/benchmarks.md). Some venue networks
// block WebSocket: a proxy that refuses the upgrade fails at once and the same attempt goes on over
// long-polling (`tryAllTransports`); one that lets the upgrade hang is given up after a few seconds, and from
// then on this phone starts with long-polling, as Socket.IO does by default (and upgrades if it can).
import type { Manager, ManagerOptions } from 'socket.io-client';
import { POLLING_WAIT_MS, WEBSOCKET_WAIT_MS } from '../tuning';

const POLLING_FIRST_KEY = 'ootb.pollingFirst';

const pollingFirst: Partial<ManagerOptions> = { transports: ['polling', 'websocket'], timeout: POLLING_WAIT_MS };

export function transportOptions(): Partial<ManagerOptions> {
  if (localStorage.getItem(POLLING_FIRST_KEY)) return pollingFirst;
  return { transports: ['websocket', 'polling'], tryAllTransports: true, timeout: WEBSOCKET_WAIT_MS };
}

/** After an attempt that got no answer in time: the next ones, on this page and later, start with long-polling. */
export function fallBackOnTimeout(manager: Manager, error: Error): void {
  if (error.message !== 'timeout' || manager.opts.transports?.[0] === 'polling') return;
  manager.opts.transports = pollingFirst.transports;
  manager.timeout(POLLING_WAIT_MS);
  localStorage.setItem(POLLING_FIRST_KEY, '1');
}
