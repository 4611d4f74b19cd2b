// The storage seam: handlers and the hub talk only to this, so another database can be added beside SQLite.
import type { SequencedEvent } from '../../shared/events';

export type SessionStatus = 'active' | 'archived';

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

/** Everything one group commit writes, in one transaction. */
export interface CommitBatch {
  events: { sessionId: string; event: SequencedEvent }[];
  credentials: Credential[];
}

export interface Store {
  createSession(record: SessionRecord, first: SequencedEvent): void;
  sessionById(id: string): SessionRecord | undefined;
  sessionByJoinCode(joinCode: string): SessionRecord | undefined;
  listSessions(): SessionRecord[];
  setStatus(id: string, status: SessionStatus): void;
  deleteSession(id: string): void;
  /** Events with seq > afterSeq, in order. */
  events(sessionId: string, afterSeq: number): SequencedEvent[];
  participantSecretHash(sessionId: string, participantId: string): string | undefined;
  commit(batch: CommitBatch): void;
  /** Throws when the database does not answer (readiness). */
  ping(): void;
  /** A consistent copy into `file` while the app runs; a store that cannot do it leaves this out. */
  backup?(file: string): Promise<void>;
  /** False when the database was opened read-only (or the file system made it so). */
  isWritable(): boolean;
  close(): void;
}
