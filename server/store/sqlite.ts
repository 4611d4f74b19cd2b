// The embedded default store: one SQLite file in WAL mode; events are the source of truth. better-sqlite3 is
// synchronous: every method but `commit` does its work at once and returns a settled promise; commits are written on
// their own thread (sqliteWriter.ts), so their fsync never holds the event loop.
import Database from 'better-sqlite3';
import type { SequencedEvent } from '../../shared/events';
import {
  type CheckpointRow,
  type EventRow,
  type ListingRow,
  type SessionRow,
  toCheckpoint,
  toEvent,
  toListing,
  toRecord,
} from './rows';
import type { MigrationReport } from './migrations';
import { backupTo } from './sqliteBackup';
import { migrateSqlite, requireCurrentSqlite } from './sqliteSchema';
import { SqliteWriter } from './sqliteWriter';
import { MODERATOR_CREDENTIAL, type Store } from './types';

export interface SqliteOptions {
  /** Opens an existing database for reading only (an operator's inspection, or a test of a read-only disk). */
  readonly?: boolean;
  /** Told what opening did to the schema (the server logs it). */
  onMigrated?: (report: MigrationReport) => void;
}

/** Both connections, the main one and the writer's. */
const CONNECTION_PRAGMAS = [
  'busy_timeout = 5000',
  // FULL: a commit is on disk before we acknowledge it, even if the machine loses power.
  'synchronous = FULL',
  'foreign_keys = ON',
  // Deleted and rewritten rows are overwritten with zeros, not left in free pages: erasure means erased.
  'secure_delete = ON',
];

function openDatabase(file: string, options: SqliteOptions): Database.Database {
  const readonly = options.readonly ?? false;
  const db = new Database(file, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 5000');
  try {
    // Before any pragma that writes: a file a newer release upgraded is refused untouched.
    if (db.readonly) requireCurrentSqlite(db);
    else {
      const report = migrateSqlite(db, file);
      options.onMigrated?.(report);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  if (!db.readonly) db.pragma('journal_mode = WAL');
  for (const pragma of CONNECTION_PRAGMAS) db.pragma(pragma);
  return db;
}

function prepare(db: Database.Database) {
  return {
    byId: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    byCode: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE join_code = ?'),
    list: db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY created_at DESC'),
    setStatus: db.prepare('UPDATE sessions SET status = ? WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    events: db.prepare<[string, number], EventRow>('SELECT seq, at, actor, body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq'),
    listings: db.prepare<[], ListingRow>('SELECT * FROM listings'),
    lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events WHERE session_id = ?'),
    checkpoint: db.prepare<[string], CheckpointRow>('SELECT seq, state, state_version FROM checkpoints WHERE session_id = ?'),
    ping: db.prepare('SELECT 1'),
    secretHash: db.prepare<[string, string], { secret_hash: string }>('SELECT secret_hash FROM credentials WHERE session_id = ? AND participant_id = ?'),
    mentioning: db.prepare<[string, string, string], EventRow>(
      'SELECT seq, at, actor, body FROM events WHERE session_id = ? AND (actor = ? OR instr(body, ?) > 0) ORDER BY seq',
    ),
    rewriteEvent: db.prepare('UPDATE events SET actor = ?, body = ? WHERE session_id = ? AND seq = ?'),
    deleteCredential: db.prepare('DELETE FROM credentials WHERE session_id = ? AND participant_id = ?'),
    setFacilitatorKey: db.prepare('UPDATE sessions SET facilitator_key_hash = ? WHERE id = ?'),
    setCredential: db.prepare(
      'INSERT INTO credentials (session_id, participant_id, secret_hash) VALUES (?, ?, ?) ON CONFLICT (session_id, participant_id) DO UPDATE SET secret_hash = excluded.secret_hash',
    ),
    deleteCheckpoint: db.prepare('DELETE FROM checkpoints WHERE session_id = ?'),
    sessionDates: db.prepare<[], { id: string; date: string | null }>(
      "SELECT s.id, json_extract(e.body, '$.date') AS date FROM sessions s JOIN events e ON e.session_id = s.id AND e.seq = 1",
    ),
  };
}
type Queries = ReturnType<typeof prepare>;

/** The erasure's transaction; the group commit's is the writer thread's (sqliteWriter.ts). */
function transactions(db: Database.Database, q: Queries) {
  const erase = db.transaction((sessionId: string, participantId: string, rewrite: (e: SequencedEvent) => SequencedEvent) => {
    for (const row of q.mentioning.all(sessionId, participantId, participantId)) {
      const clean = rewrite(toEvent(row));
      q.rewriteEvent.run(clean.actor, JSON.stringify(clean.event), sessionId, row.seq);
    }
    q.deleteCredential.run(sessionId, participantId);
    // A stored checkpoint is a whole state, names included: the session is rebuilt from the rewritten events.
    q.deleteCheckpoint.run(sessionId);
  });
  return { erase };
}

/** The store's methods as better-sqlite3 answers them: at once (backup alone takes its time). */
type Immediate = { [K in keyof Store]-?: (...args: Parameters<NonNullable<Store[K]>>) => Awaited<ReturnType<NonNullable<Store[K]>>> | ReturnType<NonNullable<Store[K]>> };

/** Each method's result (or throw) as a promise, as callers of any store expect; `isWritable` stays a plain answer. */
function asynchronous(impl: Immediate): Store {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(impl) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[name] =
      name === 'isWritable'
        ? method
        : (...args: unknown[]) => {
            try {
              return Promise.resolve(method(...args));
            } catch (error) {
              return Promise.reject(error as Error);
            }
          };
  }
  return wrapped as unknown as Store;
}

export function openSqliteStore(file: string, options: SqliteOptions = {}): Store {
  const db = openDatabase(file, options);
  const q = prepare(db);
  const tx = transactions(db, q);
  // Folds the write-ahead log into the file and empties it, so deleted and rewritten rows leave the disk.
  const truncateWal = () => void db.pragma('wal_checkpoint(TRUNCATE)');
  const writer = new SqliteWriter(file, { readonly: db.readonly, pragmas: CONNECTION_PRAGMAS });
  const store: Immediate = {
    commit: (writes) => writer.commit(writes),
    sessionById: (id) => {
      const row = q.byId.get(id);
      return row && toRecord(row);
    },
    sessionByJoinCode: (code) => {
      const row = q.byCode.get(code);
      return row && toRecord(row);
    },
    listSessions: () => q.list.all().map(toRecord),
    setStatus: (id, status) => void q.setStatus.run(status, id),
    deleteSession: (id) => {
      q.deleteSession.run(id);
      truncateWal();
    },
    listings: () => new Map(q.listings.all().map((r) => [r.session_id, toListing(r)])),
    lastSeq: (sessionId) => q.lastSeq.get(sessionId)?.seq ?? 0,
    checkpoint: (sessionId) => {
      const row = q.checkpoint.get(sessionId);
      return row && toCheckpoint(sessionId, row);
    },
    events: (sessionId, afterSeq) => q.events.all(sessionId, afterSeq).map(toEvent),
    participantSecretHash: (sessionId, participantId) => q.secretHash.get(sessionId, participantId)?.secret_hash,
    setKeyHash: (sessionId, role, hash) => {
      if (role === 'facilitator') q.setFacilitatorKey.run(hash, sessionId);
      else if (hash === null) q.deleteCredential.run(sessionId, MODERATOR_CREDENTIAL);
      else q.setCredential.run(sessionId, MODERATOR_CREDENTIAL, hash);
    },
    eraseParticipant: (sessionId, participantId, rewrite) => {
      tx.erase(sessionId, participantId, rewrite);
      truncateWal();
    },
    sessionDates: () => q.sessionDates.all().flatMap((r) => (r.date ? [{ id: r.id, date: r.date }] : [])),
    ping: () => void q.ping.get(),
    backup: (file) => backupTo(db, file),
    isWritable: () => !db.readonly,
    close: async () => {
      await writer.close();
      db.close();
    },
  };
  return asynchronous(store);
}
