// One server (or one restore) at a time on a data directory, held by a lock the kernel lets go of when the
// process dies: a crash never leaves a server that will not start, and two live servers never share the files.
// A restore takes only a database with the schema the app makes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite';
import { runCli } from '../kit/cli';
import { freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { buildServer, type ServerBuild } from '../kit/serverBuild';
import { createWorkshop } from '../kit/workshops';

let build: ServerBuild;
const running: ServerProcess[] = [];
async function start(dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer(dataDir, {}, { script: build.main });
  running.push(server);
  return server;
}

beforeAll(async () => {
  build = await buildServer();
});
afterAll(async () => {
  await Promise.all(running.map((server) => server.kill()));
  build?.remove();
});

describe('the data directory lock', () => {
  it('starts after kill -9 even when the old pid file names a live, unrelated process', async () => {
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    const created = await createWorkshop(first.url);
    await first.kill();
    // What a reboot or a container restart leaves: the crashed server's pid now belongs to someone else.
    const unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dataDir, 'outofthebox.pid'), `${unrelated.pid}\n`);
      const second = await start(dataDir);
      expect((await fetch(`${second.url}/api/join/${created.joinCode}`)).status).toBe(200);
    } finally {
      unrelated.kill('SIGKILL');
    }
  });

  it('refuses a second live server on the same data directory, saying why', async () => {
    const dataDir = freshDataDir();
    const first = await start(dataDir);
    await expect(start(dataDir)).rejects.toThrow(/another server \(or a restore\) is already running on this data directory/);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
  });

  it('refuses a restore while the server runs, and restores after a kill -9', async () => {
    const dataDir = freshDataDir();
    const server = await start(dataDir);
    const created = await createWorkshop(server.url);
    const backupFile = path.join(freshDataDir(), 'backup.sqlite');
    expect(await runCli(build.backup, [backupFile], { DATA_DIR: dataDir })).toMatchObject({ code: 0 });

    const refused = await runCli(build.restore, [backupFile], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/server is running/);

    await server.kill();
    expect(await runCli(build.restore, [backupFile], { DATA_DIR: dataDir })).toMatchObject({ code: 0 });
    const again = await start(dataDir);
    expect((await fetch(`${again.url}/api/join/${created.joinCode}`)).status).toBe(200);
  });
});

describe('what a restore accepts', () => {
  /** A database as the app makes it, then changed by `tamper`. */
  async function backupWith(tamper: string): Promise<string> {
    const file = path.join(freshDataDir(), 'backup.sqlite');
    await openSqliteStore(file).close();
    const db = new Database(file);
    db.exec(tamper);
    db.close();
    return file;
  }

  it.each([
    ['a trigger', 'CREATE TRIGGER spy AFTER INSERT ON credentials BEGIN DELETE FROM sessions; END', /trigger spy/],
    ['a view', 'CREATE VIEW everything AS SELECT * FROM credentials', /view everything/],
    ['a table of its own', 'CREATE TABLE notes (text TEXT)', /table notes/],
    ['an index of its own', 'CREATE INDEX by_hash ON credentials (secret_hash)', /index by_hash/],
    ['a column of its own', 'ALTER TABLE sessions ADD COLUMN owner TEXT', /columns the app does not make \(owner\)/],
  ])('refuses a database carrying %s and keeps the current one', async (_what, tamper, reason) => {
    const dataDir = freshDataDir();
    const refused = await runCli(build.restore, [await backupWith(tamper)], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a sound backup/);
    expect(refused.stderr).toMatch(reason);
    expect(fs.existsSync(path.join(dataDir, 'outofthebox.sqlite'))).toBe(false);
  });

  it('restores a database with the schema the app makes', async () => {
    expect(await runCli(build.restore, [await backupWith('SELECT 1')], { DATA_DIR: freshDataDir() })).toMatchObject({ code: 0 });
  });
});
