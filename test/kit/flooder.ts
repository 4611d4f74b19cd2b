// A runaway phone in its own process: joins, then sends idea:add as fast as it can, rejoining whenever it is
// dropped, until told to stop on stdin. Usage: node --import tsx test/kit/flooder.ts <url> <joinCode>
// Prints "flooding" once it has joined, and at the end one JSON line with its answer counts.
import { customAlphabet } from 'nanoid';
import { io } from 'socket.io-client';

const [url, joinCode] = process.argv.slice(2);
const newId = customAlphabet('abcdefghijklmnopqrstuvwxyz0123456789', 21);
const MAX_OUTSTANDING = 2000;
const credentials = { role: 'participant', joinCode, participantId: newId(), secret: newId() + newId(), name: 'Flood' };
// The default reconnection of socket.io-client, as a real phone has it.
const socket = io(url!, { transports: ['websocket'] });
const codes: Record<string, number> = {};
let sent = 0;
let outstanding = 0;
let joined = false;
let dropped = 0;
let stopping = false;
let rejoined = () => {};

const answer = (result: { ok: boolean; code?: string }) => {
  outstanding -= 1;
  const code = result.ok ? 'ok' : result.code!;
  codes[code] = (codes[code] ?? 0) + 1;
};

async function flood() {
  while (!stopping) {
    for (let i = 0; i < 200 && joined && outstanding < MAX_OUTSTANDING; i++, sent++, outstanding++) {
      socket.emit('idea:add', { id: newId(), sector: 'market', text: `Flood ${sent}` }, answer);
    }
    // Dropped: wait for the rejoin instead of spinning, as a phone elsewhere would not use this machine's CPU.
    await new Promise<void>((resolve) => (joined || stopping ? setImmediate(resolve) : (rejoined = resolve)));
  }
  console.log(JSON.stringify({ sent, codes, dropped }));
  socket.disconnect();
}

socket.on('connect', () => {
  outstanding = 0; // answers to a dropped connection never come
  socket.emit('session:join', credentials, (r: { ok: boolean }) => {
    if (!r.ok) return;
    if (!joined && sent === 0) {
      console.log('flooding');
      void flood();
    }
    joined = true;
    rejoined();
  });
});
socket.on('disconnect', () => {
  joined = false;
  dropped += 1;
});
process.stdin.on('data', () => {
  stopping = true;
  rejoined();
});
