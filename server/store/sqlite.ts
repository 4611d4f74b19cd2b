// The embedded default store: one SQLite file in WAL mode; events are the source of truth.
import Database from 'better-sqlite3';
import { fail } from '../../shared/errors';
import type { SequencedEvent } from '../../shared/events';
import type { SessionListing } from '../../shared/session/listing';
import { backupTo } from './sqliteBackup';
import type { CommitBatch, SessionRecord, SessionStatus, Store } from './types';

const schema = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'active'
);
CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS listings (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  participants INTEGER NOT NULL,
  ideas INTEGER NOT NULL,
  votes INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS credentials (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;
`;

type SessionRow = {
  id: string;
  join_code: string;
  facilitator_key_hash: string;
  title: string;
  created_at: number;
  status: SessionStatus;
};
type EventRow = { seq: number; at: number; actor: string; body: string };
type ListingRow = { session_id: string; seq: number; title: string; date: string; participants: number; ideas: number; votes: number };

const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  joinCode: row.join_code,
  facilitatorKeyHash: row.facilitator_key_hash,
  title: row.title,
  createdAt: row.created_at,
  status: row.status,
});

/** One unreadable row makes its session damaged (a typed error), never the server or the other sessions. */
function toEvent(row: EventRow): SequencedEvent {
  let event: unknown;
  try {
    event = JSON.parse(row.body);
  } catch {
    fail('damaged', `Event ${row.seq} of this session cannot be read`);
  }
  if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string') {
    fail('damaged', `Event ${row.seq} of this session is not an event`);
  }
  return { seq: row.seq, at: row.at, actor: row.actor, event: event as SequencedEvent['event'] };
}

/** `readonly` opens an existing database for reading only (an operator's inspection, or a test of a read-only disk). */
export function openSqliteStore(file: string, options: { readonly?: boolean } = {}): Store {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!db.readonly) db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we acknowledge it, even if the machine loses power.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) db.exec(schema);

  const q = {
    insertSession: db.prepare(
      'INSERT INTO sessions (id, join_code, facilitator_key_hash, title, created_at, status) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    byCode: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE join_code = ?'),
    list: db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY created_at DESC'),
    setStatus: db.prepare('UPDATE sessions SET status = ? WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    insertEvent: db.prepare('INSERT INTO events (session_id, seq, at, actor, body) VALUES (?, ?, ?, ?, ?)'),
    events: db.prepare<[string, number], EventRow>(
      'SELECT seq, at, actor, body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq',
    ),
    insertCredential: db.prepare(
      'INSERT INTO credentials (session_id, participant_id, secret_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    upsertListing: db.prepare(
      `INSERT INTO listings (session_id, seq, title, date, participants, ideas, votes) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, title = excluded.title, date = excluded.date,
       participants = excluded.participants, ideas = excluded.ideas, votes = excluded.votes WHERE excluded.seq >= listings.seq`,
    ),
    listings: db.prepare<[], ListingRow>('SELECT * FROM listings'),
    lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events WHERE session_id = ?'),
    upsertCheckpoint: db.prepare(
      'INSERT INTO checkpoints (session_id, seq, state) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state',
    ),
    checkpoint: db.prepare<[string], { seq: number; state: string }>('SELECT seq, state FROM checkpoints WHERE session_id = ?'),
    ping: db.prepare('SELECT 1'),
    secretHash: db.prepare<[string, string], { secret_hash: string }>(
      'SELECT secret_hash FROM credentials WHERE session_id = ? AND participant_id = ?',
    ),
  };

  const insertEvent = (sessionId: string, e: SequencedEvent) =>
    q.insertEvent.run(sessionId, e.seq, e.at, e.actor, JSON.stringify(e.event));

  const saveListing = (l: SessionListing) =>
    q.upsertListing.run(l.sessionId, l.seq, l.title, l.date, l.participants, l.ideas, l.votes);

  const commit = db.transaction((batch: CommitBatch) => {
    for (const c of batch.credentials) q.insertCredential.run(c.sessionId, c.participantId, c.secretHash);
    for (const { sessionId, event } of batch.events) insertEvent(sessionId, event);
    for (const listing of batch.listings ?? []) saveListing(listing);
    for (const c of batch.checkpoints ?? []) q.upsertCheckpoint.run(c.sessionId, c.seq, c.stateJson);
  });

  const createSession = db.transaction((r: SessionRecord, first: SequencedEvent, listing: SessionListing) => {
    q.insertSession.run(r.id, r.joinCode, r.facilitatorKeyHash, r.title, r.createdAt, r.status);
    insertEvent(r.id, first);
    saveListing(listing);
  });

  return {
    createSession: (record, first, listing) => createSession(record, first, listing),
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
    deleteSession: (id) => void q.deleteSession.run(id),
    listings: () =>
      new Map(
        q.listings.all().map((r) => [
          r.session_id,
          { sessionId: r.session_id, seq: r.seq, title: r.title, date: r.date, participants: r.participants, ideas: r.ideas, votes: r.votes },
        ]),
      ),
    lastSeq: (sessionId) => q.lastSeq.get(sessionId)?.seq ?? 0,
    checkpoint: (sessionId) => {
      const row = q.checkpoint.get(sessionId);
      return row && { sessionId, seq: row.seq, stateJson: row.state };
    },
    events: (sessionId, afterSeq) => q.events.all(sessionId, afterSeq).map(toEvent),
    participantSecretHash: (sessionId, participantId) => q.secretHash.get(sessionId, participantId)?.secret_hash,
    commit: (batch) => commit(batch),
    ping: () => void q.ping.get(),
    backup: (file) => backupTo(db, file),
    isWritable: () => !db.readonly,
    close: () => db.close(),
  };
}
