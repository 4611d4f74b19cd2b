// What the server holds for one connection that the other end has not read yet, and the bound on it.
// A phone that stops reading (or an attacker that never does) would otherwise make the server keep
// every answer and broadcast for it in memory until the process dies.
import { getHeapStatistics } from 'node:v8';
import type { AppSocket } from './types';
import { BUFFERED_TOTAL_HEAP_SHARE, BUFFERED_TOTAL_MAX_BYTES } from '../tuning';


type Conn = AppSocket['conn'];
interface Packet {
  data?: unknown;
}
interface WsLike {
  bufferedAmount: number;
  terminate(): void;
}

function byteSize(data: unknown): number {
  if (typeof data === 'string') return data.length;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

/** The `ws` socket under a websocket transport; polling keeps its backlog in the write buffer alone. */
function websocketOf(conn: Conn): WsLike | undefined {
  const transport = conn.transport as unknown as { name: string; socket?: WsLike };
  return transport.name === 'websocket' ? transport.socket : undefined;
}

/**
 * Bytes queued for this connection: packets engine.io has not handed to the transport yet (they wait while
 * the previous write is unfinished) plus what the WebSocket has accepted but the OS has not sent.
 */
export function bufferedBytes(conn: Conn): number {
  let bytes = 0;
  for (const packet of (conn as unknown as { writeBuffer: Packet[] }).writeBuffer) bytes += byteSize(packet.data);
  return bytes + (websocketOf(conn)?.bufferedAmount ?? 0);
}

/** Drops the connection at once, with whatever it still holds: a graceful close would wait for a drain that never comes. */
export function dropConnection(conn: Conn): void {
  const ws = websocketOf(conn);
  conn.close(true);
  ws?.terminate();
}

/**
 * Caps what one connection may hold: while it holds more than `maxBytes`, the next packet for it drops it.
 * One packet always goes out to a connection that has read what it had (a snapshot may be bigger than the
 * cap); a client that is dropped reconnects by itself, as after a network loss, and catches up from its seq.
 */
export function boundOutbox(socket: AppSocket, maxBytes: number, onDrop: () => void = () => {}): void {
  const conn = socket.conn;
  conn.on('packetCreate', () => {
    if (conn.readyState !== 'open' || bufferedBytes(conn) <= maxBytes) return;
    onDrop();
    dropConnection(conn);
  });
}

/** All connections together (server/tuning.ts). */
export function defaultMaxBufferedTotal(): number {
  return Math.min(BUFFERED_TOTAL_MAX_BYTES, Math.floor(getHeapStatistics().heap_size_limit * BUFFERED_TOTAL_HEAP_SHARE));
}

/**
 * When all connections together hold more than `maxTotal` unread bytes, drops the ones holding most until the
 * rest fit. Run every few hundred milliseconds: one pass over the sockets, no bookkeeping on every packet.
 */
export function trimOutboxes(sockets: Iterable<AppSocket>, maxTotal: number): number {
  const held: { conn: Conn; bytes: number }[] = [];
  let total = 0;
  for (const socket of sockets) {
    const bytes = bufferedBytes(socket.conn);
    if (bytes === 0) continue;
    held.push({ conn: socket.conn, bytes });
    total += bytes;
  }
  if (total <= maxTotal) return 0;
  held.sort((a, b) => b.bytes - a.bytes);
  let dropped = 0;
  for (const { conn, bytes } of held) {
    if (total <= maxTotal) break;
    dropConnection(conn);
    total -= bytes;
    dropped += 1;
  }
  return dropped;
}
