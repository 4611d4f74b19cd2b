// The lower bound: a bare Socket.IO relay with no validation and no storage. A client joins a room and
// receives the board as one JSON blob; every `add`, `edit` or `vote` is re-emitted to the room, then acknowledged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const httpServer = createServer();
// The same transport settings as ours (server/app.ts), except a buffer large enough for the seed blob.
const io = new Server(httpServer, { perMessageDeflate: false, serveClient: false, maxHttpBufferSize: 16 * 1024 * 1024 });
let board = '{}';

io.on('connection', (socket) => {
  socket.on('seed', (blob: string, ack: (ok: boolean) => void) => {
    board = blob;
    ack(true);
  });
  socket.on('join', async (room: string, ack: (blob: string) => void) => {
    socket.data.room = room;
    await socket.join(room);
    ack(board);
  });
  for (const name of ['add', 'edit', 'vote']) {
    socket.on(name, (payload: unknown, ack: (result: { ok: true }) => void) => {
      io.to(String(socket.data.room)).emit(name, payload);
      ack({ ok: true });
    });
  }
});

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Baseline relay listening on http://localhost:${(httpServer.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => io.close(() => process.exit(0)));
