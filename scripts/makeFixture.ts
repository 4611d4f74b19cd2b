// `npx tsx scripts/makeFixture.ts`: the fixture of this release under test/fixtures/release-<version>/. A seminar
// day (scripts/seminarDay.ts) is played against a real server over real sockets, once on SQLite and once on
// PostgreSQL; the database (a SQLite file; a plain-SQL pg_dump) and the workshops' downloads are kept. Run it once
// per release, for a release that has none: a stored fixture is never made again (test/fixtures/README.md).
// `--server DIR --release X.Y.Z` plays the day against the server of an earlier release's checkout in DIR instead
// (`git archive <tag> | tar -x -C DIR`, its node_modules beside it), as a process of its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../server/store/postgres';
import { openSqliteStore } from '../server/store/sqlite';
import type { Store } from '../server/store/types';
import { freshDatabase } from '../test/kit/postgres';
import { startServer } from '../test/kit/testServer';
import { connectTo, spawnServer } from '../test/kit/process';
import { createWorkshop } from '../test/kit/workshops';
import { STATE_VERSION } from '../shared/stateVersion';
import { foldedStates, readExports } from './fixtureExports';
import { playSeminarDay, type Server } from './seminarDay';

/** Test data only: the organiser token the fixture's exports were read with, kept in its meta.json. */
const ADMIN_TOKEN = 'fixture-admin-token-0123456789';
const SERVER_ENV = { ADMIN_TOKEN, RETENTION_DAYS: '0' };

const { values: args } = parseArgs({ options: { server: { type: 'string' }, release: { type: 'string' } } });
const release = args.release ?? (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;
const out = path.resolve(`test/fixtures/release-${release}`);
if (fs.existsSync(out)) {
  console.error(`${out} exists: a fixture is never made again. A new release adds its own directory.`);
  process.exit(1);
}

type Running = Server & { close(): Promise<void> };

/** This release's server in this process, or the earlier release's as a process stopped with SIGTERM. */
async function serve(dataDir: string, databaseUrl?: string): Promise<Running> {
  if (!args.server) {
    const store = databaseUrl ? await openPostgresStore(databaseUrl, { poolSize: 4 }) : openSqliteStore(path.join(dataDir, 'outofthebox.sqlite'));
    return startServer({ store, dataDir, adminToken: ADMIN_TOKEN, retentionDays: 0 });
  }
  const env = { ...SERVER_ENV, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  const running = await spawnServer(dataDir, env, { script: path.join(path.resolve(args.server), 'server/main.ts') });
  const sockets: ReturnType<typeof connectTo>[] = [];
  return {
    url: running.url,
    connect: () => (sockets.push(connectTo(running.url, { reconnection: false })), sockets.at(-1)!),
    createSession: (body = {}) => createWorkshop(running.url, body),
    close: async () => {
      for (const socket of sockets) socket.disconnect();
      const exited = new Promise((resolve) => running.child.once('exit', resolve));
      running.child.kill('SIGTERM');
      await exited;
    },
  };
}

async function play(engine: 'sqlite' | 'postgres', dataDir: string, databaseUrl?: string) {
  const server = await serve(dataDir, databaseUrl);
  try {
    const sessions = await playSeminarDay(server, ADMIN_TOKEN);
    for (const [name, body] of await readExports(server.url, ADMIN_TOKEN, { ...sessions })) {
      fs.mkdirSync(path.join(out, engine, path.dirname(name)), { recursive: true });
      fs.writeFileSync(path.join(out, engine, name), body);
    }
    return sessions;
  } finally {
    await server.close();
  }
}

/** The version the database records; a SQLite file of a release that recorded none is version 1. */
function sqliteVersion(db: Database.Database): number {
  const recorded = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
  return recorded ? db.prepare<[], { v: number }>('SELECT MAX(version) AS v FROM schema_migrations').get()!.v : 1;
}

/** This release's folded states beside the downloads (an earlier release's reducer is not in this checkout). */
async function keepStates(engine: 'sqlite' | 'postgres', store: Store, sessions: Record<string, string>): Promise<void> {
  try {
    if (args.server) return;
    for (const [label, json] of await foldedStates(store, sessions)) fs.writeFileSync(path.join(out, engine, `${label}.state.json`), json);
  } finally {
    await store.close();
  }
}

async function sqliteDay() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-fixture-'));
  const sessions = await play('sqlite', dataDir);
  await keepStates('sqlite', openSqliteStore(path.join(dataDir, 'outofthebox.sqlite')), { ...sessions });
  // VACUUM INTO: one compact file, no write-ahead log beside it.
  const db = new Database(path.join(dataDir, 'outofthebox.sqlite'), { readonly: true });
  db.prepare('VACUUM INTO ?').run(path.join(out, 'sqlite', 'outofthebox.sqlite'));
  const schemaVersion = sqliteVersion(db);
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { sessions, schemaVersion };
}

async function postgresDay() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-fixture-'));
  const db = await freshDatabase();
  try {
    const sessions = await play('postgres', dataDir, db.url);
    await keepStates('postgres', await openPostgresStore(db.url, { poolSize: 2 }), { ...sessions });
    execFileSync('pg_dump', ['--format=plain', '--no-owner', '--no-privileges', `--file=${path.join(out, 'postgres', 'outofthebox.sql')}`, `--dbname=${db.url}`]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const schemaVersion = (await client.query<{ v: number }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]!.v;
    await client.end();
    return { sessions, schemaVersion };
  } finally {
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

fs.mkdirSync(out, { recursive: true });
const sqlite = await sqliteDay();
const postgres = await postgresDay();
if (sqlite.schemaVersion !== postgres.schemaVersion) throw new Error('the two databases record different schema versions');
// The state version of the checkpoints this release writes; an earlier release's checkout is not asked (0: none).
const stateVersion = args.server ? 0 : STATE_VERSION;
const meta = { release, schemaVersion: sqlite.schemaVersion, stateVersion, adminToken: ADMIN_TOKEN, sessions: { sqlite: sqlite.sessions, postgres: postgres.sessions } };
fs.writeFileSync(path.join(out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`Fixture written to ${out}`);
