// The numbered migrations on both stores: from empty, from every earlier version, twice, two nodes at once, a
// database newer than the code, and a migration killed half-way then retried.
import fs from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { type Migration, type MigrationReport, SCHEMA_VERSION, SchemaTooNew, migrations } from '../../server/store/migrations';
import { openSqliteStore } from '../../server/store/sqlite';
import { type Engine, postgresEngine, sqliteEngine, startChild, statementRunning, unrecordedSqlite } from './migrationEngines';
import { freshDataDir } from '../kit/process';

const TABLES = ['checkpoints', 'credentials', 'events', 'listings', 'schema_migrations', 'sessions'];
const ALL_VERSIONS = migrations.map((m) => m.version);
const EARLIER_VERSIONS = ALL_VERSIONS.filter((v) => v < SCHEMA_VERSION);
const upTo = (version: number) => migrations.filter((m) => m.version <= version);
const aNewerRelease: Migration = { version: SCHEMA_VERSION + 1, name: 'a later release', sql: () => 'CREATE TABLE later_release (x INTEGER);' };

const engines = [
  { name: 'SQLite', makeEngine: sqliteEngine },
  { name: 'PostgreSQL', makeEngine: postgresEngine },
];

describe.each(engines)('migrations on $name', ({ makeEngine }) => {
  const engine: Engine = makeEngine();
  afterEach(() => engine.dispose());

  const openOnce = async (target: Awaited<ReturnType<Engine['make']>>) => {
    const reports: MigrationReport[] = [];
    const store = await engine.open(target, (r) => reports.push(r));
    await store.close();
    return reports[0]!;
  };

  it('creates every table of an empty database and records each version once, copying nothing', async () => {
    const target = await engine.make([]);
    expect(await openOnce(target)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(await engine.tables(target)).toEqual(TABLES);
    expect(await engine.versions(target)).toEqual(ALL_VERSIONS);
    expect(fs.readdirSync(target.dir).filter((f) => f.includes('.schema-'))).toEqual([]);
  });

  it.each(EARLIER_VERSIONS)('migrates a database of version %i, keeping its rows, after a copy named after that version', async (version) => {
    const target = await engine.make(upTo(version));
    const report = await openOnce(target);
    expect(report).toMatchObject({ from: version, to: SCHEMA_VERSION });
    expect(report.backup).toContain(`.schema-${version}.`);
    expect(fs.existsSync(report.backup!)).toBe(true);
    expect(await engine.versions(target)).toEqual(ALL_VERSIONS);
    const store = await engine.open(target);
    expect((await store.events('s1', 0)).map((e) => e.event.type)).toEqual(['session:created', 'participant:joined']);
    // A checkpoint written before its state carried a version: no release reads it as its own.
    expect(await store.checkpoint('s1')).toMatchObject({ seq: 2, stateVersion: 0 });
    await store.close();
    // The copy is the database as it was: the old version's rows, findable by a restore.
    expect(fs.readFileSync(report.backup!).toString('latin1')).toContain('participant:joined');
  });

  it('opened twice, migrates once: the second start finds nothing to do and copies nothing', async () => {
    const target = await engine.make(upTo(1));
    await openOnce(target);
    const copies = fs.readdirSync(target.dir).filter((f) => f.includes('.schema-'));
    expect(await openOnce(target)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(await engine.versions(target)).toEqual(ALL_VERSIONS);
    expect(fs.readdirSync(target.dir).filter((f) => f.includes('.schema-'))).toEqual(copies);
  });

  it('refuses a database a newer release upgraded, with a clear message, and changes nothing', async () => {
    const target = await engine.make([...migrations, aNewerRelease]);
    const before = await engine.fingerprint(target);
    const opening = engine.open(target);
    await expect(opening).rejects.toBeInstanceOf(SchemaTooNew);
    await expect(opening).rejects.toThrow(`schema version ${SCHEMA_VERSION + 1}, but this release knows versions up to ${SCHEMA_VERSION}`);
    expect(await engine.fingerprint(target)).toBe(before);
  });

  it('a migration killed half-way leaves the database as it was, and the next start applies it whole', async () => {
    const target = await engine.make(upTo(SCHEMA_VERSION));
    const child = startChild(engine, target, 'pause');
    await (engine.name === 'sqlite' ? child.said : statementRunning(target));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // The next node of this release: nothing to do, nothing half-made left behind.
    expect(await openOnce(target)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(await engine.tables(target)).toEqual(TABLES);
    // The release that has that migration starts again and applies it, in full.
    await startChild(engine, target, 'finish').said;
    expect(await engine.versions(target)).toEqual([...ALL_VERSIONS, SCHEMA_VERSION + 1]);
    expect(await engine.tables(target)).toContain('upgrade_probe');
  });
});

describe('a SQLite file of a release that recorded no versions', () => {
  it.each(['version 1', 'before checkpoints'] as const)('is recognised as version 1 (%s) and migrated, after a copy', (tables) => {
    const dir = freshDataDir();
    try {
      const file = unrecordedSqlite(dir, tables);
      const reports: MigrationReport[] = [];
      const store = openSqliteStore(file, { onMigrated: (r) => reports.push(r) });
      expect(reports[0]).toMatchObject({ from: 1, to: SCHEMA_VERSION, backup: expect.stringContaining('outofthebox.schema-1.') });
      void store.close();
      const reopened = openSqliteStore(file, { onMigrated: (r) => reports.push(r) });
      expect(reports[1]).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
      void reopened.close();
      expect(fs.readdirSync(dir).filter((f) => f.includes('.schema-'))).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two nodes starting at once on one PostgreSQL database', () => {
  const engine = postgresEngine();
  afterEach(() => engine.dispose());

  it('apply each migration once, one after the other, and both start', async () => {
    const target = await engine.make(upTo(1));
    // Both nodes are held at their first read of the versions, then let go together: without the migration lock
    // both would read version 1 and apply version 2 twice.
    const holder = new pg.Client({ connectionString: target.where });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE');
    const nodes = [startChild(engine, target, 'open'), startChild(engine, target, 'open')];
    await waitingOnLocks(target.where, 2);
    await holder.query('COMMIT');
    await holder.end();
    const reports = (await Promise.all(nodes.map((n) => n.said))).map((out) => JSON.parse(out) as MigrationReport);
    expect(reports.map((r) => r.to)).toEqual([SCHEMA_VERSION, SCHEMA_VERSION]);
    expect(reports.map((r) => r.from).sort()).toEqual([1, SCHEMA_VERSION]);
    expect(reports.filter((r) => r.backup)).toHaveLength(1);
    expect(await engine.versions(target)).toEqual(ALL_VERSIONS);
  });
});

/** Until `count` connections to the database wait for a lock (asked on a connection of its own: within a
 * transaction PostgreSQL answers from one snapshot of pg_stat_activity). */
async function waitingOnLocks(url: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
  try {
    await expect.poll(async () => (await client.query<{ n: number }>(sql)).rows[0]!.n, { timeout: 10_000, interval: 25 }).toBeGreaterThanOrEqual(count);
  } finally {
    await client.end();
  }
}
