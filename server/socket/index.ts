import { DomainError } from '../../shared/errors';
import { addressGroup } from '../guards/addressGroup';
import { clientAddress } from './address';
import { registerCommands } from './commands';
import { registerSimilarQueries } from './similarQueries';
import { ConnectionCap } from './connectionCap';
import { registerJoin } from './join';
import { Reactions, registerReactions } from './reactions';
import { boundOutbox, trimOutboxes } from './outbox';
import { throttleFor } from './throttle';
import type { AppServer, SocketDeps } from './types';
import { TRIM_EVERY_MS } from '../tuning';

export interface SocketLimits {
  maxConnectionsPerAddress: number;
  maxBufferedBytes: number;
  /** Unread bytes of all connections together. */
  maxBufferedTotal: number;
}


/** Wires the limits and handlers onto every new socket; returns a function that stops the periodic trim. */
export function attachSockets(io: AppServer, deps: SocketDeps, limits: SocketLimits): () => void {
  const cap = new ConnectionCap(limits.maxConnectionsPerAddress);
  const reactions = new Reactions(deps);
  io.use((socket, next) => {
    // An IPv6 client has a whole /64 to pick addresses from: they count as one, as in the rate limiters.
    const address = addressGroup(clientAddress(socket.handshake, deps.trustProxy));
    try {
      cap.admit(address);
    } catch (error) {
      return next(error as Error);
    }
    socket.data.address = address;
    socket.conn.once('close', () => cap.release(address));
    if (!deps.cluster) return next();
    // Over every node too: a flooder cannot open the cap's worth of sockets on each.
    const { cluster } = deps;
    void cluster.admitConnection(address).then((admitted) => {
      if (!admitted) return next(new DomainError('rate_limited', 'Too many connections from this address'));
      if (socket.conn.readyState === 'closed') cluster.releaseConnection(address);
      else socket.conn.once('close', () => cluster.releaseConnection(address));
      next();
    });
  });
  io.on('connection', (socket) => {
    Object.assign(socket.data, throttleFor());
    boundOutbox(socket, limits.maxBufferedBytes);
    deps.telemetry.log.info({ ip: clientAddress(socket.handshake, deps.trustProxy), transport: socket.conn.transport.name }, 'socket connected');
    registerJoin(socket, deps);
    registerCommands(socket, deps);
    registerReactions(socket, deps, reactions);
    registerSimilarQueries(socket, deps);
  });
  const trimmer = setInterval(() => trimOutboxes(io.sockets.sockets.values(), limits.maxBufferedTotal), TRIM_EVERY_MS);
  trimmer.unref();
  return () => {
    clearInterval(trimmer);
    // Taps gathered so far are stored before the hub's last flush, so their senders hear they counted.
    void reactions.pool.flushAll();
  };
}
