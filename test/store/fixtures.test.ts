// Every release's fixture (test/fixtures/release-*/) opened by this one: the SQLite file and the PostgreSQL dump
// are migrated if they are older, their workshops replayed from the events, and every download compared with the
// one stored beside them when the fixture was made. Only what test/fixtures/README.md lists may differ.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foldedStates, INTENDED_CHANGES_RELEASE, readExports, withoutIntendedChanges } from '../../scripts/fixtureExports';
import { type MigrationReport, SCHEMA_VERSION } from '../../server/store/migrations';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';
import { STATE_VERSION } from '../../shared/stateVersion';
import { freshDatabase } from '../kit/postgres';
import { startServer } from '../kit/testServer';
import { freshDataDir } from '../kit/process';

const FIXTURES = path.resolve('test/fixtures');
const releases = fs.readdirSync(FIXTURES).filter((name) => name.startsWith('release-')).sort();

interface Meta {
  schemaVersion: number;
  /** The version of the checkpoints that release wrote; absent: it wrote unversioned ones, which nobody trusts. */
  stateVersion?: number;
  adminToken: string;
  sessions: Record<'sqlite' | 'postgres', Record<string, string>>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = freshDataDir();
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The stored database, as an operator would bring it to a new release: a copied file, a dump restored. */
const openers: Record<'sqlite' | 'postgres', (release: string, dir: string, onMigrated: (r: MigrationReport) => void) => Promise<Store>> = {
  sqlite: async (release, dir, onMigrated) => {
    const file = path.join(dir, 'outofthebox.sqlite');
    fs.copyFileSync(path.join(FIXTURES, release, 'sqlite', 'outofthebox.sqlite'), file);
    return openSqliteStore(file, { onMigrated });
  },
  postgres: async (release, dir, onMigrated) => {
    const db = await freshDatabase();
    cleanups.push(() => db.drop());
    execFileSync('psql', ['--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', `--file=${path.join(FIXTURES, release, 'postgres', 'outofthebox.sql')}`, db.url], { stdio: 'pipe' });
    return openPostgresStore(db.url, { backupDir: dir, onMigrated, poolSize: 3 });
  },
};

/** Every file the fixture keeps for one engine's workshops, keyed as readExports keys them. */
function storedExports(release: string, engine: string): Map<string, string> {
  const root = path.join(FIXTURES, release, engine);
  const stored = new Map<string, string>();
  for (const label of fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory())) {
    for (const file of fs.readdirSync(path.join(root, label))) stored.set(`${label}/${file}`, fs.readFileSync(path.join(root, label, file), 'utf8'));
  }
  return stored;
}

/** release-0.1.0, and release-0.2.0's first fixture: made before the downloads changed on purpose in that release. */
const madeBeforeIntendedChanges = (release: string) => release.localeCompare(`release-${INTENDED_CHANGES_RELEASE}`, 'en', { numeric: true }) <= 0;

describe.each(releases)('the fixture of %s', (release) => {
  const meta = JSON.parse(fs.readFileSync(path.join(FIXTURES, release, 'meta.json'), 'utf8')) as Meta;

  it.each(['sqlite', 'postgres'] as const)('opens on %s, replays both workshops and downloads what it downloaded then', async (engine) => {
    const dir = dataDir();
    const reports: MigrationReport[] = [];
    const store = await openers[engine](release, dir, (r) => reports.push(r));
    expect(reports).toEqual([expect.objectContaining({ from: meta.schemaVersion, to: SCHEMA_VERSION })]);
    const server = await startServer({ store, dataDir: dir, adminToken: meta.adminToken, retentionDays: 0 });
    cleanups.push(() => server.close());
    const stored = storedExports(release, engine);
    const now = await readExports(server.url, meta.adminToken, meta.sessions[engine]);
    expect([...now.keys()].sort()).toEqual([...stored.keys()].sort());
    // Fixtures made before this release's intended changes are compared without them (scripts/fixtureExports.ts).
    const compare = madeBeforeIntendedChanges(release) ? withoutIntendedChanges : (_name: string, body: string) => body;
    for (const [name, body] of now) expect(compare(name, body), `${release}/${engine}/${name}`).toBe(compare(name, stored.get(name) ?? ''));
  });

  // A checkpoint that release wrote is trusted here only while STATE_VERSION is the same: then folding its events
  // must still give the very state it stored, or STATE_VERSION (shared/stateVersion.ts) must be raised.
  it.skipIf(meta.stateVersion !== STATE_VERSION).each(['sqlite', 'postgres'] as const)(
    'folds its events on %s into the state its checkpoints hold, as long as the state version is the same',
    async (engine) => {
      const store = await openers[engine](release, dataDir(), () => {});
      cleanups.push(() => store.close());
      for (const [label, json] of await foldedStates(store, meta.sessions[engine])) {
        expect(json, `${label}: the reducer folds these events into another state; raise STATE_VERSION`).toBe(
          fs.readFileSync(path.join(FIXTURES, release, engine, `${label}.state.json`), 'utf8'),
        );
      }
    },
  );
});
