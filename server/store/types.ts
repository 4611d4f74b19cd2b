// The storage seam: handlers and the hub talk only to this, so another database can be added beside SQLite.
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
}

/** Everything one group commit writes, in one transaction. */
export interface CommitBatch {
  events: { sessionId: string; event: SequencedEvent }[];
  credentials: Credential[];
  /** The sessions' list rows as of the last event of this batch. */
  listings?: SessionListing[];
  checkpoints?: StateCheckpoint[];
}

export interface Store {
  createSession(record: SessionRecord, first: SequencedEvent, listing: SessionListing): void;
  sessionById(id: string): SessionRecord | undefined;
  sessionByJoinCode(joinCode: string): SessionRecord | undefined;
  listSessions(): SessionRecord[];
  setStatus(id: string, status: SessionStatus): void;
  deleteSession(id: string): void;
  /** Each session's list row; sessions stored before rows were kept have none. */
  listings(): Map<string, SessionListing>;
  /** The sequence number of a session's last stored event (0 if none). */
  lastSeq(sessionId: string): number;
  /** The latest checkpoint of a session, if one was written. */
  checkpoint(sessionId: string): StateCheckpoint | undefined;
  /** Events with seq > afterSeq, in order. */
  events(sessionId: string, afterSeq: number): SequencedEvent[];
  participantSecretHash(sessionId: string, participantId: string): string | undefined;
  /** Rewrites every stored event that mentions the participant and deletes their credential, in one transaction. */
  eraseParticipant(sessionId: string, participantId: string, rewrite: (event: SequencedEvent) => SequencedEvent): void;
  /** Session ids with their day (YYYY-MM-DD), read from each session's first event: what retention goes by. */
  sessionDates(): { id: string; date: string }[];
  /** Folds the write-ahead log into the database file and empties it, so deleted data leaves the disk. */
  truncateWal(): void;
  commit(batch: CommitBatch): void;
  /** Throws when the database does not answer (readiness). */
  ping(): void;
  /** A consistent copy into `file` while the app runs; a store that cannot do it leaves this out. */
  backup?(file: string): Promise<void>;
  /** False when the database was opened read-only (or the file system made it so). */
  isWritable(): boolean;
  close(): void;
}
