// A PostgreSQL 15 cluster of the test's own (Debian's pg_createcluster), so a test can stop and start it:
// the shared server at 5432 is never touched. pg_ctlcluster switches to the postgres user by itself.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { freePort } from './ports';
import { newId } from './testServer';

const run = promisify(execFile);

export interface PgCluster {
  /** Its name for pg_ctlcluster and pg_dropcluster (version 15). */
  name: string;
  /** DATABASE_URL of a fresh database in it. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  drop(): Promise<void>;
}

/** A fresh name for `createPgCluster`, known before it exists (so a caller can drop it if interrupted meanwhile). */
export const newPgClusterName = () => `ootb_${newId().slice(0, 10)}`;

export async function createPgCluster(name = newPgClusterName()): Promise<PgCluster> {
  const port = await freePort();
  await run('pg_createcluster', ['15', name, '-p', String(port), '--start', '--', '-A', 'trust']);
  const database = 'ootb';
  await run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', `CREATE DATABASE ${database}`]);
  return {
    name,
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: async () => void (await run('pg_ctlcluster', ['15', name, 'stop', '-m', 'fast'])),
    start: async () => void (await run('pg_ctlcluster', ['15', name, 'start'])),
    drop: async () => void (await run('pg_dropcluster', ['--stop', '15', name]).catch(() => undefined)),
  };
}
