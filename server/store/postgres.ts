// The scale-out store: PostgreSQL through a pool of connections (DATABASE_URL). Same tables and meaning as the
// SQLite store; several app nodes may share one database, fenced by the events' primary key (session_id, seq).
import pg from 'pg';
import type { SequencedEvent } from '../../shared/events';
import {
  type CheckpointRow,
  type EventRow,
  type ListingRow,
  type SessionRow,
  UPSERT_CHECKPOINT,
  checkpointValues,
  listingValues,
  sessionValues,
  toCheckpoint,
  toEvent,
  toListing,
  toRecord,
} from './rows';
import type { MigrationReport } from './migrations';
import { migrate } from './postgresSchema';
import { MODERATOR_CREDENTIAL, type SessionWrite, type Store } from './types';
import { POSTGRES_CONNECT_TIMEOUT_MS, POSTGRES_IDLE_MS, POSTGRES_POOL_SIZE, POSTGRES_POOL_WAIT_MS } from '../tuning';

type Client = pg.PoolClient;

/** unique_violation (a second writer's seq, a join code taken) and foreign_key_violation (the session is gone). */
const isConflict = (error: unknown) => ['23505', '23503'].includes(String((error as { code?: unknown } | null)?.code));

export interface PostgresOptions {
  /** Connections per node (default 10). */
  poolSize?: number;
  /** How long opening a connection may take before the database counts as unreachable (default 5 s). */
  connectTimeoutMs?: number;
  /** How long a query may wait for a connection while every one is in use (default 10 s: a phone stops listening then). */
  poolWaitMs?: number;
  /** Where the dump taken before a migration goes (the data directory); none without it. */
  backupDir?: string;
  /** Told what opening did to the schema (the server logs it). */
  onMigrated?: (report: MigrationReport) => void;
}

/**
 * node-postgres has one `connectionTimeoutMillis` for opening a connection and for waiting on a busy pool. They mean
 * different things: a connection that cannot be opened is an outage (`unavailable`, /readyz 503); a pool with
 * every connection at work is busy (server/store/failures.ts). So the connections get their own, shorter timeout.
 */
export function poolConfig(url: string, options: PostgresOptions = {}): pg.PoolConfig {
  const connectionTimeoutMillis = options.connectTimeoutMs ?? POSTGRES_CONNECT_TIMEOUT_MS;
  class TimedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis });
    }
  }
  const Client = TimedClient as new () => pg.ClientBase;
  return { connectionString: url, max: options.poolSize ?? POSTGRES_POOL_SIZE, Client, connectionTimeoutMillis: options.poolWaitMs ?? POSTGRES_POOL_WAIT_MS, idleTimeoutMillis: POSTGRES_IDLE_MS };
}

/**
 * Whether the database answers. With every connection of the pool at work the question goes on a connection of its
 * own: queued behind them it would report a busy pool as a database that is gone.
 */
async function pinger(pool: pg.Pool, config: pg.PoolConfig): Promise<void> {
  if (pool.totalCount < (config.max ?? POSTGRES_POOL_SIZE) || pool.idleCount > 0) return void (await pool.query('SELECT 1'));
  const client = new (config.Client as unknown as typeof pg.Client)(config);
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

const UPSERT_LISTING = `INSERT INTO listings (session_id, seq, title, date, participants, ideas, votes) VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, title = excluded.title, date = excluded.date,
  participants = excluded.participants, ideas = excluded.ideas, votes = excluded.votes WHERE excluded.seq >= listings.seq`;

/** One session's rows: events in one statement whatever their number. */
async function writeSession(client: Client, w: SessionWrite): Promise<void> {
  if (w.created) {
    await client.query('INSERT INTO sessions (id, join_code, facilitator_key_hash, title, created_at, status) VALUES ($1, $2, $3, $4, $5, $6)', [
      ...sessionValues(w.created),
    ]);
  }
  for (const c of w.credentials) {
    await client.query('INSERT INTO credentials (session_id, participant_id, secret_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      c.sessionId,
      c.participantId,
      c.secretHash,
    ]);
  }
  if (w.events.length) {
    await client.query(
      'INSERT INTO events (session_id, seq, at, actor, body) SELECT $1, * FROM unnest($2::integer[], $3::bigint[], $4::text[], $5::text[])',
      [w.sessionId, w.events.map((e) => e.seq), w.events.map((e) => e.at), w.events.map((e) => e.actor), w.events.map((e) => JSON.stringify(e.event))],
    );
  }
  if (w.listing) await client.query(UPSERT_LISTING, [...listingValues(w.listing)]);
  if (w.checkpoint) await client.query(UPSERT_CHECKPOINT, [...checkpointValues(w.checkpoint)]);
}

/**
 * Runs `work` in one transaction on one connection. On any failure the connection is dropped, not returned to the
 * pool: after a lost server or a half-done transaction it cannot be trusted, and the pool opens a fresh one.
 */
async function inTransaction<T>(pool: pg.Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

/** The group commit: one transaction, each session in a savepoint so a conflict undoes that session only. */
function committer(pool: pg.Pool): Store['commit'] {
  return (writes) =>
    inTransaction(pool, async (client) => {
      const conflicted: string[] = [];
      for (const w of writes) {
        await client.query('SAVEPOINT session_write');
        try {
          await writeSession(client, w);
          await client.query('RELEASE SAVEPOINT session_write');
        } catch (error) {
          if (!isConflict(error)) throw error;
          await client.query('ROLLBACK TO SAVEPOINT session_write');
          conflicted.push(w.sessionId);
        }
      }
      return { conflicted };
    });
}

/**
 * "Glem mig" in PostgreSQL: the rewrite in one transaction, then a VACUUM of the tables it touched, so the old row
 * versions (PostgreSQL keeps them until vacuumed) are removed. The WAL and any base backups or replicas hold
 * them until they are recycled: see docs/operations.md.
 */
function eraser(pool: pg.Pool, vacuum: () => void): Store['eraseParticipant'] {
  return async (sessionId, participantId, rewrite: (e: SequencedEvent) => SequencedEvent) => {
    await inTransaction(pool, async (client) => {
      const { rows } = await client.query<EventRow>(
        'SELECT seq, at, actor, body FROM events WHERE session_id = $1 AND (actor = $2 OR strpos(body, $2) > 0) ORDER BY seq FOR UPDATE',
        [sessionId, participantId],
      );
      for (const row of rows) {
        const clean = rewrite(toEvent(row));
        await client.query('UPDATE events SET actor = $1, body = $2 WHERE session_id = $3 AND seq = $4', [clean.actor, JSON.stringify(clean.event), sessionId, row.seq]);
      }
      await client.query('DELETE FROM credentials WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]);
      // A stored checkpoint is a whole state, names included: the session is rebuilt from the rewritten events.
      await client.query('DELETE FROM checkpoints WHERE session_id = $1', [sessionId]);
    });
    vacuum();
  };
}

/** Opens the pool, applies the migrations, and answers once the database does. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const config = poolConfig(url, options);
  const pool = new pg.Pool(config);
  // An idle connection the server closed (a restart) is reported here; the pool has dropped it already.
  pool.on('error', () => {});
  try {
    const report = await migrate(pool, url, { backupDir: options.backupDir });
    options.onMigrated?.(report);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const one = async <R extends pg.QueryResultRow>(sql: string, values: unknown[]) => (await pool.query<R>(sql, values)).rows[0];
  const all = async <R extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<R>(sql, values)).rows;
  // Not awaited by the delete or erasure it follows (it can take a while on a big database); close() waits for it.
  let vacuuming = Promise.resolve();
  const vacuum = () => {
    vacuuming = vacuuming.then(() => pool.query('VACUUM events, credentials, checkpoints, listings, sessions')).then(
      () => undefined,
      () => undefined,
    );
  };
  return {
    commit: committer(pool),
    setKeyHash: keyHashSetter(pool),
    sessionById: async (id) => {
      const row = await one<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
      return row && toRecord(row);
    },
    sessionByJoinCode: async (code) => {
      const row = await one<SessionRow>('SELECT * FROM sessions WHERE join_code = $1', [code]);
      return row && toRecord(row);
    },
    listSessions: async () => (await all<SessionRow>('SELECT * FROM sessions ORDER BY created_at DESC')).map(toRecord),
    setStatus: async (id, status) => void (await pool.query('UPDATE sessions SET status = $1 WHERE id = $2', [status, id])),
    deleteSession: async (id) => {
      await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
      vacuum();
    },
    listings: async () => new Map((await all<ListingRow>('SELECT * FROM listings')).map((r) => [r.session_id, toListing(r)])),
    lastSeq: async (sessionId) => Number((await one<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM events WHERE session_id = $1', [sessionId]))?.seq ?? 0),
    checkpoint: async (sessionId) => {
      const row = await one<CheckpointRow>('SELECT seq, state, state_version FROM checkpoints WHERE session_id = $1', [sessionId]);
      return row && toCheckpoint(sessionId, row);
    },
    events: async (sessionId, afterSeq) => (await all<EventRow>('SELECT seq, at, actor, body FROM events WHERE session_id = $1 AND seq > $2 ORDER BY seq', [sessionId, afterSeq])).map(toEvent),
    participantSecretHash: async (sessionId, participantId) =>
      (await one<{ secret_hash: string }>('SELECT secret_hash FROM credentials WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]))?.secret_hash,
    eraseParticipant: eraser(pool, vacuum),
    sessionDates: async () =>
      (await all<{ id: string; date: string | null }>("SELECT s.id, e.body::json->>'date' AS date FROM sessions s JOIN events e ON e.session_id = s.id AND e.seq = 1")).flatMap(datedSession),
    ping: () => pinger(pool, config),
    isWritable: () => true,
    close: async () => {
      await vacuuming;
      if (!pool.ended) await pool.end();
    },
  };
}

/** Store.setKeyHash: the facilitator's in the session's row, the moderator's as the MODERATOR_CREDENTIAL row. */
function keyHashSetter(pool: pg.Pool): Store['setKeyHash'] {
  return async (sessionId, role, hash) => {
    if (role === 'facilitator') await pool.query('UPDATE sessions SET facilitator_key_hash = $1 WHERE id = $2', [hash, sessionId]);
    else if (hash === null) await pool.query('DELETE FROM credentials WHERE session_id = $1 AND participant_id = $2', [sessionId, MODERATOR_CREDENTIAL]);
    else
      await pool.query(
        'INSERT INTO credentials (session_id, participant_id, secret_hash) VALUES ($1, $2, $3) ON CONFLICT (session_id, participant_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash',
        [sessionId, MODERATOR_CREDENTIAL, hash],
      );
  };
}

const datedSession = (r: { id: string; date: string | null }) => (r.date ? [{ id: r.id, date: r.date }] : []);
