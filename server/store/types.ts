// The storage seam: handlers and the hub talk only to this, one implementation per engine (SQLite, PostgreSQL).
// Asynchronous because a database server is; the embedded SQLite store answers at once behind the same promises.
import type { SequencedEvent } from '../../shared/events';
import type { SessionListing } from '../../shared/session/listing';

import type { SessionStatus } from '../../shared/state';

/** The status type is the domain's; re-exported for the store implementations. */
export type { SessionStatus };

export interface SessionRecord {
  id: string;
  joinCode: string;
  facilitatorKeyHash: string;
  title: string;
  createdAt: number;
  status: SessionStatus;
}

/** The credentials row that holds a session's moderator key: ':' is never in a participant id (shared/schemas.ts). */
export const MODERATOR_CREDENTIAL = 'role:moderator';

export interface Credential {
  sessionId: string;
  participantId: string;
  secretHash: string;
}

/** The whole state of a session at `seq`, as JSON: a rebuild starts here and folds only the events after it. */
export interface StateCheckpoint {
  sessionId: string;
  seq: number;
  stateJson: string;
  /** The STATE_VERSION of the release that wrote it (0: written before versions were recorded). */
  stateVersion: number;
}

/**
 * What one group commit writes for one session. Each session's write stands alone inside the commit's one
 * transaction (a savepoint): a conflict on `(session_id, seq)` — a second writer got there first — rolls back
 * that session's write only.
 */
export interface SessionWrite {
  sessionId: string;
  /** A new session: its row is written before its first event. */
  created?: SessionRecord;
  events: SequencedEvent[];
  credentials: Credential[];
  /** The session's list row as of its last event here. */
  listing?: SessionListing;
  checkpoint?: StateCheckpoint;
}

export interface CommitOutcome {
  /** Sessions whose write was rolled back because a row with its key was already stored (the others committed). */
  conflicted: string[];
}

export interface Store {
  /** Writes everything in one transaction, each session in its own savepoint; throws when the database fails. */
  commit(writes: SessionWrite[]): Promise<CommitOutcome>;
  sessionById(id: string): Promise<SessionRecord | undefined>;
  sessionByJoinCode(joinCode: string): Promise<SessionRecord | undefined>;
  listSessions(): Promise<SessionRecord[]>;
  setStatus(id: string, status: SessionStatus): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Each session's list row; sessions stored before rows were kept have none. */
  listings(): Promise<Map<string, SessionListing>>;
  /** The sequence number of a session's last stored event (0 if none). */
  lastSeq(sessionId: string): Promise<number>;
  /** The latest checkpoint of a session, if one was written. */
  checkpoint(sessionId: string): Promise<StateCheckpoint | undefined>;
  /** Events with seq > afterSeq, in order. */
  events(sessionId: string, afterSeq: number): Promise<SequencedEvent[]>;
  participantSecretHash(sessionId: string, participantId: string): Promise<string | undefined>;
  /**
   * Replaces the hash of a session's facilitator key (in its row), or sets (null: removes) the hash of its moderator
   * key, kept as the credential of MODERATOR_CREDENTIAL (no participant id can take it: ids have no ':').
   */
  setKeyHash(sessionId: string, role: 'facilitator' | 'moderator', hash: string | null): Promise<void>;
  /**
   * Rewrites every stored event that mentions the participant, deletes their credential and the session's
   * checkpoint, in one transaction, and leaves no old copy behind where the engine allows (see each store).
   */
  eraseParticipant(sessionId: string, participantId: string, rewrite: (event: SequencedEvent) => SequencedEvent): Promise<void>;
  /** Session ids with their day (YYYY-MM-DD), read from each session's first event: what retention goes by. */
  sessionDates(): Promise<{ id: string; date: string }[]>;
  /** Throws when the database does not answer (readiness). */
  ping(): Promise<void>;
  /** A consistent copy into `file` while the app runs; a store that cannot do it leaves this out. */
  backup?(file: string): Promise<void>;
  /** False when the database was opened read-only (or the file system made it so). */
  isWritable(): boolean;
  close(): Promise<void>;
}
