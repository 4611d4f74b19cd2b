// A fresh PostgreSQL database per test server or suite on the shared server (TEST_POSTGRES_URL, default the local
// one), dropped after: tests running at once never see each other's rows.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** TEST_STORE=postgres runs the server and reliability suites on PostgreSQL (projects server-pg, reliability-pg). */
export const onPostgres = process.env.TEST_STORE === 'postgres';

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `ootb_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a connection a failed test left open must not keep the database alive.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Databases made for a data directory in this test file, dropped after it (test/kit/postgresCleanup.ts). */
const madeForDataDirs: FreshDatabase[] = [];

/**
 * The PostgreSQL database that goes with a test server's data directory: made on first use, and found again by a
 * server restarted on the same directory (as the SQLite file would be).
 */
export async function databaseFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-url');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const db = await freshDatabase();
  madeForDataDirs.push(db);
  fs.writeFileSync(file, db.url);
  return db.url;
}

export async function dropDatabasesMadeForDataDirs(): Promise<void> {
  await Promise.all(madeForDataDirs.splice(0).map((db) => db.drop()));
}
