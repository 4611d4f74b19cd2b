// Rows as both engines return them, turned into the store's types: one reading for SQLite and PostgreSQL.
import { fail } from '../../shared/errors';
import type { SequencedEvent } from '../../shared/events';
import { type StoredEvent, upcast } from '../../shared/upcast';
import type { SessionListing } from '../../shared/session/listing';
import type { SessionRecord, SessionStatus, StateCheckpoint } from './types';

/** PostgreSQL returns BIGINT columns as strings (they may not fit a double); ours are milliseconds and counts. */
type Int = number | string;

export type SessionRow = {
  id: string;
  join_code: string;
  facilitator_key_hash: string;
  title: string;
  created_at: Int;
  status: SessionStatus;
};
export type EventRow = { seq: Int; at: Int; actor: string; body: string };
export type ListingRow = { session_id: string; seq: Int; title: string; date: string; participants: Int; ideas: Int; votes: Int };

export const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  joinCode: row.join_code,
  facilitatorKeyHash: row.facilitator_key_hash,
  title: row.title,
  createdAt: Number(row.created_at),
  status: row.status,
});

/**
 * One unreadable row makes its session damaged (a typed error), never the server or the other sessions. An event
 * of an older shape is brought to the current one here, the one door every stored event comes through.
 */
export function toEvent(row: EventRow): SequencedEvent {
  const seq = Number(row.seq);
  let event: unknown;
  try {
    event = JSON.parse(row.body);
  } catch {
    fail('damaged', `Event ${seq} of this session cannot be read`);
  }
  if (typeof event !== 'object' || event === null || typeof (event as { type?: unknown }).type !== 'string') {
    fail('damaged', `Event ${seq} of this session is not an event`);
  }
  return { seq, at: Number(row.at), actor: row.actor, event: upcast(event as StoredEvent) as unknown as SequencedEvent['event'] };
}

export const toListing = (r: ListingRow): SessionListing => ({
  sessionId: r.session_id,
  seq: Number(r.seq),
  title: r.title,
  date: r.date,
  participants: Number(r.participants),
  ideas: Number(r.ideas),
  votes: Number(r.votes),
});

/** The columns of a listing row, in the order both stores' upserts take them. */
export const listingValues = (l: SessionListing) => [l.sessionId, l.seq, l.title, l.date, l.participants, l.ideas, l.votes] as const;

/** The columns of a session row, in the order both stores' inserts take them. */
export const sessionValues = (r: SessionRecord) => [r.id, r.joinCode, r.facilitatorKeyHash, r.title, r.createdAt, r.status] as const;

export type CheckpointRow = { seq: Int; state: string; state_version: Int };

export const toCheckpoint = (sessionId: string, row: CheckpointRow): StateCheckpoint => ({
  sessionId,
  seq: Number(row.seq),
  stateJson: row.state,
  stateVersion: Number(row.state_version),
});

/** Both stores' checkpoint upsert (PostgreSQL's placeholders; SQLite's store turns them into `?`). */
export const UPSERT_CHECKPOINT = `INSERT INTO checkpoints (session_id, seq, state, state_version) VALUES ($1, $2, $3, $4)
  ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, state = excluded.state, state_version = excluded.state_version`;

export const checkpointValues = (c: StateCheckpoint) => [c.sessionId, c.seq, c.stateJson, c.stateVersion] as const;
