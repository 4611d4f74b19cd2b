import { TokenBucket } from '../rateLimit';
import { registerCommands } from './commands';
import { registerJoin } from './join';
import type { AppServer, SocketDeps } from './types';

/** Per socket: a burst of 40 commands, then 20 a second — far above a person, far below a flood. */
export const SOCKET_BURST = 40;
export const SOCKET_RATE = 20;

export function attachSockets(io: AppServer, deps: SocketDeps): void {
  io.on('connection', (socket) => {
    socket.data.bucket = new TokenBucket(SOCKET_BURST, SOCKET_RATE);
    registerJoin(socket, deps);
    registerCommands(socket, deps);
  });
}
