// One phone floods the server from its own process while 100 phones keep working: it is rate-limited, they are not.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectingRoom, connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { Mirror, newId } from '../kit/testServer';
import { createWorkshop } from '../kit/workshops';

const PHONES = 100;
const COMMANDS_EACH = 8;

let running: ServerProcess | undefined;
const mirrors: Mirror[] = [];
afterEach(async () => {
  for (const m of mirrors.splice(0)) m.socket.disconnect();
  await running?.kill();
});

function startFlooder(url: string, joinCode: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/kit/flooder.ts'), url, joinCode], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of waiters.filter((w) => w.test(line))) w.resolve(line);
    }
  });
  const line = (test: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const found = lines.find(test);
      if (found) return resolve(found);
      waiters.push({ test, resolve });
      child.once('exit', (code) => reject(new Error(`flooder exited with ${code}`)));
    });
  return {
    started: () => line((l) => l === 'flooding'),
    async stop(): Promise<{ sent: number; codes: Record<string, number>; dropped: number }> {
      child.stdin.write('stop\n');
      return JSON.parse(await line((l) => l.startsWith('{')));
    },
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((x, y) => x - y);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1)! };
};

/** Every phone writes a few ideas at a person's pace and times each answer. */
async function work(phones: Mirror[], ids: string[]): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    phones.map(async (phone, p) => {
      for (let k = 0; k < COMMANDS_EACH; k++) {
        const id = newId();
        const sentAt = performance.now();
        const ack = await phone.socket.timeout(20_000).emitWithAck('idea:add', { id, sector: 'civil', text: `Idé ${p}.${k}` });
        latencies.push(performance.now() - sentAt);
        expect(ack).toMatchObject({ ok: true });
        ids.push(id);
        // A person's pace between two writes; this spaces the load, it does not wait for anything.
        await new Promise((resolve) => setTimeout(resolve, 50 + ((p * 37 + k * 11) % 150)));
      }
    }),
  );
  return latencies;
}

/** Far above any p99 seen on a loaded machine (6.6 s at load 9), far below a stalled server. */
const STALL_MS = 20_000;

describe('a socket that floods the server', () => {
  it('is rate-limited while 100 other phones keep working', async () => {
    running = await spawnServer(freshDataDir());
    const created = await createWorkshop(running.url, { date: '2020-01-01' });
    const { phones } = await collectingRoom(running.url, created, PHONES, mirrors);

    const ids: string[] = [];
    const before = summary(await work(phones, ids));
    const flooder = startFlooder(running.url, created.joinCode);
    await flooder.started();
    const floodStart = performance.now();
    const during = summary(await work(phones, ids));
    const flood = await flooder.stop();
    const seconds = (performance.now() - floodStart) / 1000;
    console.log('flood: phone ack latency in ms before', before, 'during', during);
    console.log(`flood: flooder sent ${flood.sent} in ${seconds.toFixed(1)} s, dropped ${flood.dropped} times`, flood.codes);

    // The flooder got the burst and the refill, typed refusals, and was dropped each time it kept on regardless.
    expect(flood.codes.rate_limited ?? 0).toBeGreaterThan(0);
    expect(flood.dropped).toBeGreaterThanOrEqual(1);
    expect(flood.codes.ok ?? 0).toBeLessThanOrEqual((flood.dropped + 1) * 40 + 20 * (seconds + 2));
    // One identity also meets its limit of ideas (shared/limits.ts) long before the flood ends.
    expect(Object.keys(flood.codes).filter((code) => !['ok', 'rate_limited', 'limit_reached'].includes(code))).toEqual([]);
    // Everyone else: every command accepted and stored. The latency is printed above; the bound is a stall guard
    // (a server the flooder had stalled would take minutes), not a speed target: the machine is shared.
    expect(during.n).toBe(PHONES * COMMANDS_EACH);
    expect(during.p99).toBeLessThan(STALL_MS);
    const final = new Mirror(connectTo(running.url, { reconnection: false }));
    mirrors.push(final);
    await final.join({ role: 'projector', joinCode: created.joinCode });
    const stored = new Set(final.state!.board.ideas.map((i) => i.id));
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
  });
});
