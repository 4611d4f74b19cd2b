// Bringing a PostgreSQL database to this release's schema. Several nodes may start at once: a session-level
// advisory lock makes them take turns (the one that comes second finds the work done), and each migration is
// recorded in the same transaction as its change. A node killed mid-way takes its lock and its open transaction
// with its connection: the next start applies that migration again, whole.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type pg from 'pg';
import { type Migration, type MigrationReport, VERSION_TABLE, backupName, migrations, pendingMigrations, postgresDialect } from './migrations';

/** Any fixed number: the lock that serialises migrations between nodes starting together. */
const MIGRATION_LOCK = 7_250_001;

async function foundVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ table: string | null }>("SELECT to_regclass('schema_migrations')::text AS table");
  if (!rows[0]?.table) return 0;
  const found = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  return found.rows[0]?.version ?? 0;
}

/**
 * A plain-SQL pg_dump of the database before it is migrated. Without a pg_dump on this machine the migration goes
 * on and the log says so: docs/operations.md asks for a dump before every upgrade.
 */
function dumpTo(url: string, file: string): Promise<string | undefined> {
  // The password goes in the environment, not on the command line that every local user can list.
  const address = new URL(url);
  const password = decodeURIComponent(address.password);
  address.password = '';
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', ['--format=plain', '--no-owner', `--file=${file}`, `--dbname=${address.toString()}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: password ? { ...process.env, PGPASSWORD: password } : process.env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(undefined) : reject(error)));
    child.on('exit', (code) => (code === 0 ? resolve(file) : reject(new Error(`pg_dump failed before the migration (${code}): ${stderr.trim()}`))));
  });
}

async function applyOne(client: pg.ClientBase, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(VERSION_TABLE);
    if ((await foundVersion(client)) < migration.version) {
      await client.query(migration.sql(postgresDialect));
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

export interface MigrateOptions {
  /** Where the dump taken before migrating a database that holds data goes; none without it. */
  backupDir?: string;
  list?: readonly Migration[];
}

/** Applies the pending migrations; throws SchemaTooNew, changing nothing, for a database a newer release upgraded. */
export async function migrate(pool: pg.Pool, url: string, options: MigrateOptions = {}): Promise<MigrationReport> {
  const list = options.list ?? migrations;
  const client = await pool.connect();
  try {
    // A node killed mid-migration: its server process notices the lost connection within a second, even inside a
    // long statement, and rolls back and lets go of the lock, so the next node need not wait for the statement.
    await client.query("SET client_connection_check_interval = '1s'");
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const from = await foundVersion(client);
    const pending = pendingMigrations(from, list);
    if (!pending.length) return { from, to: from };
    let backup: string | undefined;
    if (from > 0 && options.backupDir) backup = await dumpTo(url, path.join(options.backupDir, backupName('outofthebox', from, new Date(), 'sql')));
    for (const migration of pending) await applyOne(client, migration);
    return { from, to: list.at(-1)!.version, backup };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
