// Another writer stored a seq first: the (session_id, seq) primary key refused this node's insert. The writer that
// lost rewinds the session, catches up from the store and runs the command again (server/socket/retry.ts).
import { DomainError } from '../../shared/errors';

export class SeqConflict extends Error {
  constructor(readonly sessionIds: string[]) {
    super(`another writer stored these sessions' next events first: ${sessionIds.join(', ')}`);
    this.name = 'SeqConflict';
  }
}

/** SQLite refuses the whole transaction on a duplicate (session_id, seq); several processes may share one file. */
const DUPLICATE_KEY = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY']);

export function isSeqConflict(error: unknown): boolean {
  if (error instanceof SeqConflict) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DUPLICATE_KEY.has(code);
}

/** What the client hears when the retries ran out: the server is busy, nothing was stored, ask again. */
export const stillConflicting = () => new DomainError('unavailable', 'The workshop changed on another server meanwhile; nothing was stored, try again');
