// Databases of any schema version for the migration tests, the same questions asked of SQLite and PostgreSQL:
// made at a version with one workshop's rows of that version, opened as the server opens them, looked into.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import { type Migration, type MigrationReport, migrations, sqliteDialect } from '../../server/store/migrations';
import { openPostgresStore } from '../../server/store/postgres';
import { migrate } from '../../server/store/postgresSchema';
import { openSqliteStore } from '../../server/store/sqlite';
import { migrateSqlite } from '../../server/store/sqliteSchema';
import type { Store } from '../../server/store/types';
import { freshDatabase } from '../kit/postgres';
import { freshDataDir } from '../kit/process';

/** One workshop as a release of any version stored it: a session, two events and a checkpoint of its state. */
const ROWS = `
  INSERT INTO sessions (id, join_code, facilitator_key_hash, title, created_at, status) VALUES ('s1', 'ABC123', 'h', 'Out of the box', 1764000000000, 'active');
  INSERT INTO events (session_id, seq, at, actor, body) VALUES ('s1', 1, 1764000000000, 'facilitator', '{"type":"session:created","date":"2026-11-26"}');
  INSERT INTO events (session_id, seq, at, actor, body) VALUES ('s1', 2, 1764000000001, 'p1', '{"type":"participant:joined","participantId":"p1","name":"Anna"}');
  INSERT INTO checkpoints (session_id, seq, state) VALUES ('s1', 2, '{"seq":2}');`;

export type ChildMode = 'open' | 'pause' | 'finish';

export interface Target {
  /** The SQLite file or the PostgreSQL address. */
  where: string;
  /** The data directory: the copy taken before a migration goes here. */
  dir: string;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** A database whose schema is `list` applied (none: empty); `rows` adds the workshop. */
  make(list: readonly Migration[], rows?: boolean): Promise<Target>;
  open(target: Target, onMigrated?: (report: MigrationReport) => void): Promise<Store>;
  /** The versions recorded, in order. */
  versions(target: Target): Promise<number[]>;
  tables(target: Target): Promise<string[]>;
  /** Everything a refusal must leave as it was. */
  fingerprint(target: Target): Promise<string>;
  /** The script and arguments of a node process opening `target` (test/store/migrationChild.ts). */
  childArgs(target: Target, mode: ChildMode): string[];
  dispose(): Promise<void>;
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export function sqliteEngine(): Engine {
  const dirs: string[] = [];
  const read = <T>(target: Target, run: (db: Database.Database) => T) => {
    const db = new Database(target.where, { readonly: true, fileMustExist: true });
    try {
      return run(db);
    } finally {
      db.close();
    }
  };
  return {
    name: 'sqlite',
    make: async (list, rows = true) => {
      const dir = freshDataDir();
      dirs.push(dir);
      const where = path.join(dir, 'outofthebox.sqlite');
      const db = new Database(where);
      // As the server keeps its file: in WAL mode (a crash leaves uncommitted frames in the log, not the file).
      db.pragma('journal_mode = WAL');
      if (list.length) migrateSqlite(db, where, list);
      if (rows && list.length) db.exec(ROWS);
      db.close();
      return { where, dir };
    },
    open: async (target, onMigrated) => openSqliteStore(target.where, { onMigrated }),
    versions: async (target) =>
      read(target, (db) => db.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => r.version)),
    tables: async (target) =>
      read(target, (db) => db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name)),
    fingerprint: async (target) => JSON.stringify([fs.readdirSync(target.dir).sort(), sha(target.where)]),
    childArgs: (target, mode) => [target.where, mode],
    dispose: async () => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })),
  };
}

/** The database of a release made before versions were recorded: version 1's tables, or an earlier build's fewer. */
export function unrecordedSqlite(dir: string, tables: 'version 1' | 'before checkpoints'): string {
  const file = path.join(dir, 'outofthebox.sqlite');
  const db = new Database(file);
  let ddl = migrations[0]!.sql(sqliteDialect);
  if (tables === 'before checkpoints') ddl = ddl.replace(/CREATE TABLE IF NOT EXISTS (listings|checkpoints) \([^;]*;/g, '');
  db.exec(ddl);
  db.exec(tables === 'before checkpoints' ? ROWS.replace(/INSERT INTO checkpoints[^;]*;/, '') : ROWS);
  db.close();
  return file;
}

export function postgresEngine(): Engine {
  const drops: (() => Promise<void>)[] = [];
  const query = async <R extends pg.QueryResultRow>(target: Target, sql: string) => {
    const client = new pg.Client({ connectionString: target.where });
    await client.connect();
    try {
      return (await client.query<R>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    make: async (list, rows = true) => {
      const db = await freshDatabase();
      const dir = freshDataDir();
      drops.push(async () => (await db.drop(), fs.rmSync(dir, { recursive: true, force: true })));
      const target = { where: db.url, dir };
      if (!list.length) return target;
      const pool = new pg.Pool({ connectionString: db.url, max: 1 });
      await migrate(pool, db.url, { list });
      await pool.end();
      if (rows) await query(target, ROWS);
      return target;
    },
    open: (target, onMigrated) => openPostgresStore(target.where, { backupDir: target.dir, onMigrated, poolSize: 2 }),
    versions: async (target) => (await query<{ version: number }>(target, 'SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version),
    tables: async (target) =>
      (await query<{ name: string }>(target, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).map((r) => r.name),
    fingerprint: async (target) =>
      JSON.stringify([
        fs.readdirSync(target.dir).sort(),
        await query(target, 'SELECT version FROM schema_migrations ORDER BY version'),
        await query(target, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"),
      ]),
    childArgs: (target, mode) => [target.where, mode, target.dir],
    dispose: async () => void (await Promise.all(drops.splice(0).map((drop) => drop()))),
  };
}

/** A node process opening the database (test/store/migrationChild.ts). */
export function startChild(engine: Engine, target: Target, mode: ChildMode): ChildProcess & { said: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/store/migrationChild.ts'), engine.name, ...engine.childArgs(target, mode)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const said = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (mode === 'pause' && out.includes('paused')) resolve(out);
    });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`migration child exited ${code}: ${err}`))));
  });
  said.catch(() => {});
  return Object.assign(child, { said });
}

/** Waits until the half-done migration's statement runs on the PostgreSQL server (the child cannot say so itself). */
export async function statementRunning(target: Target): Promise<void> {
  const client = new pg.Client({ connectionString: target.where });
  await client.connect();
  try {
    const sql = "SELECT 1 FROM pg_stat_activity WHERE query LIKE '%upgrade_probe%' AND state = 'active' AND pid <> pg_backend_pid()";
    await expect.poll(async () => (await client.query(sql)).rowCount, { timeout: 10_000, interval: 25 }).toBeGreaterThan(0);
  } finally {
    await client.end();
  }
}
