import { clientAddress } from './address';
import { registerCommands } from './commands';
import { registerJoin } from './join';
import { throttleFor } from './throttle';
import type { AppServer, SocketDeps } from './types';

export { SOCKET_BURST, SOCKET_RATE } from './throttle';

export function attachSockets(io: AppServer, deps: SocketDeps): void {
  io.on('connection', (socket) => {
    Object.assign(socket.data, throttleFor());
    deps.telemetry.log.info({ ip: clientAddress(socket.handshake, deps.trustProxy), transport: socket.conn.transport.name }, 'socket connected');
    registerJoin(socket, deps);
    registerCommands(socket, deps);
  });
}
