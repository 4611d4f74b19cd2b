// `npx tsx scripts/makeFixture.ts`: the fixture of this release under test/fixtures/release-<version>/. A seminar
// day (scripts/seminarDay.ts) is played against a real server over real sockets, once on SQLite and once on
// PostgreSQL; the database (a SQLite file; a plain-SQL pg_dump) and the workshops' downloads are kept. Run it once
// per release, for a release that has none: a stored fixture is never made again (test/fixtures/README.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../server/store/migrations';
import { openPostgresStore } from '../server/store/postgres';
import { openSqliteStore } from '../server/store/sqlite';
import type { Store } from '../server/store/types';
import { PROTOCOL_VERSION } from '../shared/protocolVersion';
import { STATE_VERSION } from '../shared/stateVersion';
import { freshDatabase } from '../test/helpers/postgres';
import { startServer } from '../test/helpers/server';
import { readExports } from './fixtureExports';
import { playSeminarDay } from './seminarDay';

/** Test data only: the organiser token the fixture's exports were read with, kept in its meta.json. */
const ADMIN_TOKEN = 'fixture-admin-token-0123456789';

const release = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;
const out = path.resolve(process.argv[2] ?? `test/fixtures/release-${release}`);
if (fs.existsSync(out)) {
  console.error(`${out} exists: a fixture is never made again. A new release adds its own directory.`);
  process.exit(1);
}

async function play(engine: 'sqlite' | 'postgres', store: Store, dataDir: string) {
  const server = await startServer({ store, dataDir, adminToken: ADMIN_TOKEN, retentionDays: 0 });
  try {
    const sessions = await playSeminarDay(server, ADMIN_TOKEN);
    const exports = await readExports(server.url, ADMIN_TOKEN, { ...sessions });
    for (const [name, body] of exports) {
      fs.mkdirSync(path.join(out, engine, path.dirname(name)), { recursive: true });
      fs.writeFileSync(path.join(out, engine, name), body);
    }
    return sessions;
  } finally {
    await server.close();
  }
}

async function sqliteDay() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-fixture-'));
  const file = path.join(dataDir, 'outofthebox.sqlite');
  const sessions = await play('sqlite', openSqliteStore(file), dataDir);
  // VACUUM INTO: one compact file, no write-ahead log beside it.
  const db = new Database(file, { readonly: true });
  db.prepare('VACUUM INTO ?').run(path.join(out, 'sqlite', 'outofthebox.sqlite'));
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return sessions;
}

async function postgresDay() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-fixture-'));
  const db = await freshDatabase();
  try {
    const sessions = await play('postgres', await openPostgresStore(db.url, { poolSize: 4 }), dataDir);
    execFileSync('pg_dump', ['--format=plain', '--no-owner', '--no-privileges', `--file=${path.join(out, 'postgres', 'outofthebox.sql')}`, `--dbname=${db.url}`]);
    return sessions;
  } finally {
    await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

fs.mkdirSync(out, { recursive: true });
const meta = {
  release,
  schemaVersion: SCHEMA_VERSION,
  stateVersion: STATE_VERSION,
  protocolVersion: PROTOCOL_VERSION,
  adminToken: ADMIN_TOKEN,
  sessions: { sqlite: await sqliteDay(), postgres: await postgresDay() },
};
fs.writeFileSync(path.join(out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`Fixture written to ${out}`);
