// Upgrading an installation: a backup made by an earlier release restored and migrated on the next start, and
// several nodes of different releases on one PostgreSQL database (docs/operations.md, "Upgrade").
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { readExports, withoutIntendedChanges } from '../../scripts/fixtureExports';
import { type Migration, SCHEMA_VERSION, migrations } from '../../server/store/migrations';
import { openPostgresStore } from '../../server/store/postgres';
import { migrate } from '../../server/store/postgresSchema';
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import { freshDatabase } from '../kit/postgres';
import { joinAsFacilitator, participantCredentials, startServer } from '../kit/testServer';
import { freshDataDir, spawnServer } from '../kit/process';

const run = promisify(execFile);
/** Made by the release before versions were recorded, and by this one (test/fixtures/README.md). */
const EARLIER = path.resolve('test/fixtures/release-0.1.0');
const THIS = path.resolve('test/fixtures/release-0.2.0');
const meta = JSON.parse(fs.readFileSync(path.join(EARLIER, 'meta.json'), 'utf8')) as { adminToken: string; sessions: { sqlite: Record<string, string> } };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const tempDir = () => {
  const dir = freshDataDir();
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('upgrading an installation', () => {
  it('restores a backup of an earlier release with npm run restore, and the next start migrates it with its downloads unchanged', async () => {
    const dataDir = tempDir();
    // A nightly copy the earlier release made of its database (it recorded no schema version).
    const backup = path.join(tempDir(), 'nightly.sqlite');
    fs.copyFileSync(path.join(EARLIER, 'sqlite', 'outofthebox.sqlite'), backup);
    const restored = await run(process.execPath, ['--import', 'tsx', 'server/cli/restore.ts', backup], { env: { ...process.env, DATA_DIR: dataDir } });
    expect(restored.stdout).toContain('Restored');
    const server = await spawnServer(dataDir, { ADMIN_TOKEN: meta.adminToken, RETENTION_DAYS: '0' });
    cleanups.push(() => server.kill());
    expect(server.output()).toContain(`database migrated from schema version 1 to ${SCHEMA_VERSION}`);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('outofthebox.schema-1.'))).toHaveLength(1);
    const downloads = await readExports(server.url, meta.adminToken, meta.sessions.sqlite);
    // The earlier release's downloads, less what this release changed in them on purpose (test/fixtures/README.md).
    for (const [name, body] of downloads) expect(withoutIntendedChanges(name, body), name).toBe(withoutIntendedChanges(name, fs.readFileSync(path.join(EARLIER, 'sqlite', name), 'utf8')));
  });

  it('refuses to restore a backup made by a newer release, leaving the database as it was', async () => {
    const dataDir = tempDir();
    const backup = path.join(tempDir(), 'from-the-future.sqlite');
    fs.copyFileSync(path.join(THIS, 'sqlite', 'outofthebox.sqlite'), backup);
    const db = new Database(backup);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(SCHEMA_VERSION + 1, 'later');
    db.close();
    const restoring = run(process.execPath, ['--import', 'tsx', 'server/cli/restore.ts', backup], { env: { ...process.env, DATA_DIR: dataDir } });
    await expect(restoring).rejects.toThrow(`made by a newer release (schema version ${SCHEMA_VERSION + 1}`);
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('.sqlite'))).toEqual([]);
  });

  it('on one PostgreSQL database a newer release migrated: a running node goes on, a node of this release refuses to start, pages of another protocol are told to reload', async () => {
    const db = await freshDatabase();
    cleanups.push(() => db.drop());
    const running = await startServer({ store: await openPostgresStore(db.url, { poolSize: 3 }) });
    cleanups.push(() => running.close());
    const workshop = await running.createSession();
    const facilitator = await joinAsFacilitator(running, workshop);

    // The first node of the newer release starts and migrates the shared database past this release.
    const newer: Migration = { version: SCHEMA_VERSION + 1, name: 'a later release', sql: () => 'ALTER TABLE sessions ADD COLUMN later TEXT;' };
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    await migrate(pool, db.url, { list: [...migrations, newer] });
    await pool.end();

    // A node of this release already running keeps serving: the change it does not know is one it never reads.
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    // A node of this release started now refuses, and says why.
    const starting = spawnServer(tempDir(), { DATABASE_URL: db.url });
    await expect(starting).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1}, but this release knows versions up to ${SCHEMA_VERSION}`);
    // A phone whose page comes from the newer release, sent to this node, is told to reload (and the reverse).
    for (const protocol of [PROTOCOL_VERSION + 1, PROTOCOL_VERSION - 1]) {
      const ack = await running.connect().emitWithAck('session:join', { role: 'participant', joinCode: workshop.joinCode, ...participantCredentials('Ida'), protocol });
      expect(ack).toMatchObject({ ok: false, code: 'outdated' });
    }
  });
});
