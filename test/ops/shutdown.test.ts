// SIGTERM while phones write: the production build stores every acknowledged write, lets phones reconnect, exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { Mirror } from '../kit/testServer';
import { buildServer, type ServerBuild } from '../kit/serverBuild';
import { IdeaWriters, sleep } from '../kit/writers';
import { createWorkshop } from '../kit/workshops';

let build: ServerBuild;
let app: ServerProcess | undefined;

beforeAll(async () => {
  build = await buildServer();
});
afterAll(async () => {
  await app?.kill();
  build?.remove();
});

describe('SIGTERM', () => {
  it('loses no acknowledged write, tells phones to reconnect, and exits 0 within 10 s', async () => {
    const dataDir = freshDataDir();
    app = await spawnServer(dataDir, {}, { script: build.main });
    const created = await createWorkshop(app.url);
    const facilitator = new Mirror(connectTo(app.url, { reconnection: false }));
    expect((await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey })).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const writers = new IdeaWriters(app.url, created);
    await writers.start(10, 100);
    await expect.poll(() => writers.acked.length, { timeout: 15_000 }).toBeGreaterThan(50);

    const exited = new Promise<number | null>((resolve) => app!.child.once('exit', (code) => resolve(code)));
    app.child.kill('SIGTERM');
    // A deadline, not a wait: the promise under test is an exit within 10 s.
    const code = await Promise.race([exited, sleep(10_000).then(() => 'still running')]);
    writers.close();
    facilitator.socket.disconnect();
    expect(code).toBe(0);
    expect(app.output()).toMatch(/"msg":"stopped"/);
    app = undefined;
    expect(writers.acked.length).toBeGreaterThan(50);
    // A transport close is the reason on which a Socket.IO client reconnects by itself (a server "disconnect" it would not).
    expect(writers.disconnects.length).toBe(10);
    expect(writers.disconnects.every((reason) => reason === 'transport close')).toBe(true);

    app = await spawnServer(dataDir, {}, { script: build.main });
    const again = new Mirror(connectTo(app.url, { reconnection: false }));
    expect((await again.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey })).ok).toBe(true);
    const stored = new Set(again.state!.board.ideas.map((i) => i.id));
    expect(writers.acked.filter((a) => !stored.has(a.id))).toEqual([]);
    again.socket.disconnect();
  });
});
