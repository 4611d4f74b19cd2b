// `npm run soak`: the server over a long stretch (not in CI). SOAK_MINUTES (30) of SOAK_PHONES (200) phones
// writing at a person's pace and dropping their connection now and then; prints the server's memory every
// SOAK_SAMPLE_SECONDS (15): live (V8 heap in use plus external buffers, after a full collection) and RSS. It
// fails if live memory ends more than 10 % above where it stood after the warm-up (the first 5 minutes, or a
// third of a shorter run); ending lower is no leak. RSS is shown beside it: the allocator returns pages slowly. The board stays steady: each phone keeps a handful
// of ideas, editing them or swapping one for a new one, so what grows is the event log on disk, not the state.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GC_ON_SIGNAL, liveMb, memoryAfterGc } from '../test/kit/memory';
import { spawnServer, connectTo } from '../test/kit/process';
import { type Created, Mirror, newId, participantCredentials } from '../test/kit/mirror';

const minutes = Number(process.env.SOAK_MINUTES ?? 30);
const phoneCount = Number(process.env.SOAK_PHONES ?? 200);
const sampleMs = Number(process.env.SOAK_SAMPLE_SECONDS ?? 15) * 1000;
const IDEAS_EACH = 5;
const warmupMs = Math.min(5 * 60_000, (minutes * 60_000) / 3);
const endAt = Date.now() + minutes * 60_000;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms: number) => ms * (0.5 + Math.random());

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-soak-'));
const memoryFile = path.join(dataDir, 'memory.json');
const server = await spawnServer(dataDir, { MEMORY_FILE: memoryFile }, { nodeArgs: GC_ON_SIGNAL });
process.once('exit', () => server.child.kill('SIGKILL'));
const created = (await (await fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as Created;
const facilitator = new Mirror(connectTo(server.url));
await facilitator.stayJoined({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });

const counts: Record<string, number> = {};
const count = (code: string) => (counts[code] = (counts[code] ?? 0) + 1);

/** One phone: a few ideas, then edits and swaps at a person's pace, and a dropped connection every minute or two. */
async function phone(index: number): Promise<void> {
  const mirror = new Mirror(connectTo(server.url));
  const credentials = participantCredentials(`Soak ${index}`);
  await pause(Math.random() * 20_000); // people arrive over a while, not in one instant
  await mirror.stayJoined({ role: 'participant', joinCode: created.joinCode, ...credentials });
  let nextDrop = Date.now() + jitter(90_000);
  while (Date.now() < endAt) {
    await pause(jitter(8_000));
    if (!mirror.online) continue;
    if (Date.now() > nextDrop) {
      mirror.socket.disconnect();
      await pause(jitter(2_000));
      mirror.socket.connect();
      nextDrop = Date.now() + jitter(90_000);
      continue;
    }
    const mine = mirror.state!.board.ideas.filter((i) => i.authorId === credentials.participantId);
    const send = (name: 'idea:add' | 'idea:edit' | 'idea:delete', payload: object) =>
      mirror.socket
        .timeout(15_000)
        .emitWithAck(name as 'idea:add', payload as never)
        .then((a) => count(a.ok ? 'ok' : a.code))
        .catch(() => count('timeout'));
    if (mine.length < IDEAS_EACH) await send('idea:add', { id: newId(), sector: 'civil', text: `Idé fra telefon ${index}` });
    else if (Math.random() < 0.3) await send('idea:delete', { id: mine[0]!.id });
    else {
      const idea = mine[Math.floor(Math.random() * mine.length)]!;
      await send('idea:edit', { id: idea.id, baseVersion: idea.version, text: `Rettet ${Date.now() % 100_000} fra telefon ${index}` });
    }
  }
  mirror.socket.disconnect();
}

const started = Date.now();
const curve: { seconds: number; live: number; rss: number }[] = [];
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    await pause(sampleMs);
    if (!sampling) break;
    const usage = await memoryAfterGc(server.child.pid!, memoryFile);
    const point = { seconds: Math.round((Date.now() - started) / 1000), live: Math.round(liveMb(usage)), rss: Math.round(rssMb(server.child.pid!)) };
    curve.push(point);
    console.log(`t=${String(point.seconds).padStart(5)} s  live ${String(point.live).padStart(4)} MB  rss ${String(point.rss).padStart(4)} MB  ${JSON.stringify(counts)}`);
  }
})();
await Promise.all(Array.from({ length: phoneCount }, (_, i) => phone(i)));
sampling = false;
await sampler;

const atWarmup = curve.filter((p) => p.seconds * 1000 >= warmupMs).slice(0, 3);
const last = curve.slice(-3);
const mean = (points: { live: number }[]) => points.reduce((sum, p) => sum + p.live, 0) / points.length;
const [begin, end] = [mean(atWarmup), mean(last)];
const change = (end - begin) / begin;
const ideas = facilitator.state!.board.ideas.length;
console.log(
  `soak: ${minutes} min, ${phoneCount} phones, ${facilitator.state!.seq} events, ${ideas} ideas on the board; ` +
    `server live memory ${begin.toFixed(0)} MB after ${Math.round(warmupMs / 1000)} s warm-up, ${end.toFixed(0)} MB at the end ` +
    `(${(change * 100).toFixed(1)} %); answers ${JSON.stringify(counts)}`,
);
facilitator.socket.disconnect();
await server.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
if (change > 0.1) {
  console.error('soak: FAIL, live memory grew more than 10 % after the warm-up');
  process.exit(1);
}
process.exit(0);
