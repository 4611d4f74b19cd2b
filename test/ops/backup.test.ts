// npm run backup while phones write 100 ideas a second; npm run restore refuses a running server and a bad file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../kit/cli';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { type Created, Mirror } from '../kit/testServer';
import { buildServer, type ServerBuild } from '../kit/serverBuild';
import { IdeaWriters } from '../kit/writers';
import { createWorkshop } from '../kit/workshops';

let build: ServerBuild;
let app: ServerProcess | undefined;
let dataDir: string;
let work: string;
const env = () => ({ DATA_DIR: dataDir });

beforeAll(async () => {
  build = await buildServer();
  dataDir = freshDataDir();
  work = freshDataDir();
});
afterAll(async () => {
  await app?.kill();
  build?.remove();
});

async function facilitatorOf(url: string, created: Created): Promise<Mirror> {
  const facilitator = new Mirror(connectTo(url, { reconnection: false }));
  expect((await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey })).ok).toBe(true);
  return facilitator;
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    db.close();
  }
}

describe('backup and restore of the SQLite database', () => {
  it('backs up during 100 writes a second into a file that restores every acknowledged event', async () => {
    app = await spawnServer(dataDir, {}, { script: build.main });
    const created = await createWorkshop(app.url);
    const facilitator = await facilitatorOf(app.url, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const writers = new IdeaWriters(app.url, created);
    await writers.start(10, 100);
    await expect.poll(() => writers.acked.length, { timeout: 15_000 }).toBeGreaterThan(100);

    const backupFile = path.join(work, 'during-writes.sqlite');
    const began = Date.now();
    const ackedBefore = writers.acked.filter((a) => a.at <= began).map((a) => a.id);
    const backup = await runCli(build.backup, [backupFile], env());
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('passed integrity_check') });
    const ended = Date.now();
    await expect.poll(() => writers.acked.filter((a) => a.at > ended).length, { timeout: 15_000 }).toBeGreaterThan(0);
    writers.close();
    facilitator.socket.disconnect();
    expect(ackedBefore.length).toBeGreaterThan(100);
    expect(writers.acked.length).toBeGreaterThan(ackedBefore.length); // writes went on while it copied
    expect(integrity(backupFile)).toBe('ok');

    // The server is running: restore must not replace the database under it.
    const refused = await runCli(build.restore, [backupFile], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/server is running/);

    app.child.kill('SIGTERM');
    await new Promise((resolve) => app!.child.once('exit', resolve));
    app = undefined;

    // A file that is not a sound database is refused and the current database stays.
    const garbage = path.join(work, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'SQLite format 3\0'.padEnd(8192, 'x'));
    const bad = await runCli(build.restore, [garbage], env());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a sound backup/);

    const restored = await runCli(build.restore, [backupFile], env());
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining('previous database is kept') });
    const dbFile = path.join(dataDir, 'outofthebox.sqlite');
    expect(integrity(dbFile)).toBe('ok');

    // The restored database serves the session with every idea acknowledged before the backup began.
    app = await spawnServer(dataDir, {}, { script: build.main });
    const again = await facilitatorOf(app.url, created);
    const ideas = new Set(again.state!.board.ideas.map((i) => i.id));
    expect(ackedBefore.filter((id) => !ideas.has(id))).toEqual([]);
    // ...and nothing acknowledged after it finished (the copy is of one moment).
    expect(ideas.size).toBeLessThan(writers.acked.length);
    again.socket.disconnect();
  });
});
