// An attacker in its own process: keeps `sockets` WebSocket connections open that join a board as a projector
// again and again and never read a byte of what the server answers (the join answer carries the whole board).
// Every connection the server drops is replaced by a new one. Runs for `seconds`, then prints one JSON line.
// Usage: node --import tsx test/kit/unreadJoiner.ts <url> <joinCode> <sockets> <seconds>
import { WebSocket } from 'ws';

const [url, joinCode, socketsArg, secondsArg] = process.argv.slice(2);
const SOCKETS = Number(socketsArg);
const JOINS_EACH = 40;
const endAt = performance.now() + Number(secondsArg) * 1000;
const wsUrl = `${url!.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
const counts = { opened: 0, closed: 0, refused: 0, joinsSent: 0 };
const join = JSON.stringify(['session:join', { role: 'projector', joinCode }]);

function open(): void {
  if (performance.now() > endAt) return;
  counts.opened += 1;
  const ws = new WebSocket(wsUrl, { headers: { origin: url! } });
  let ready = false;
  ws.on('message', (data) => {
    const text = data.toString();
    if (text.startsWith('0') && !ready) ws.send('40'); // engine.io open -> connect to the main namespace
    else if (text.startsWith('40') && !ready) {
      ready = true;
      for (let i = 0; i < JOINS_EACH; i++, counts.joinsSent++) ws.send(`42${i}${join}`);
      // From here on nothing is read: the server's answers pile up on its side.
      (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    } else if (text.startsWith('44')) {
      counts.refused += 1; // connect_error: the address has too many connections
      ws.close();
    }
  });
  ws.on('error', () => {});
  ws.on('close', () => {
    counts.closed += 1;
    setTimeout(open, 20);
  });
}

for (let i = 0; i < SOCKETS; i++) open();
const done = setInterval(() => {
  if (performance.now() < endAt) return;
  clearInterval(done);
  console.log(JSON.stringify(counts));
  process.exit(0);
}, 200);
