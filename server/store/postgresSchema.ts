// The PostgreSQL schema, as numbered migrations applied once each at start-up. Several nodes may start at once:
// an advisory lock makes them take turns, and each migration is recorded in the same transaction as its change.
import type { Pool } from 'pg';

/** Never edit a migration that has shipped: add the next one. */
const migrations: string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     join_code TEXT NOT NULL UNIQUE,
     facilitator_key_hash TEXT NOT NULL,
     title TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     status TEXT NOT NULL DEFAULT 'active'
   );
   CREATE TABLE events (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     at BIGINT NOT NULL,
     actor TEXT NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   );
   CREATE TABLE listings (
     session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     title TEXT NOT NULL,
     date TEXT NOT NULL,
     participants INTEGER NOT NULL,
     ideas INTEGER NOT NULL,
     votes INTEGER NOT NULL
   );
   CREATE TABLE checkpoints (
     session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     state TEXT NOT NULL
   );
   CREATE TABLE credentials (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     secret_hash TEXT NOT NULL,
     PRIMARY KEY (session_id, participant_id)
   );`,
];

/** Any fixed number: the lock that serialises migrations between nodes starting together. */
const MIGRATION_LOCK = 7_250_001;

export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    for (const [i, sql] of migrations.entries()) {
      if (applied.has(i + 1)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
