// Failures of the storage itself (disk full, database read-only, I/O errors, locked), as opposed to bugs: the client
// hears `unavailable` — the server cannot save right now, and nothing it had saved is lost.
import { DomainError } from '../../shared/errors';

const STORAGE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PROTOCOL)/;

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.test(code);
}

export const cannotSave = (why: string) => new DomainError('unavailable', `The server cannot save right now (${why}); nothing was lost`);

/**
 * A session's write was refused because a row with its key is already stored: another node wrote that sequence
 * number first (or the session row went away). Only this session's waiters hear it; the hub drops the session from
 * memory so the next use rebuilds it from the log, and the client may simply try again.
 */
export class StoreConflict extends DomainError {
  constructor(readonly sessionId: string) {
    super('conflict', 'This workshop was changed elsewhere at the same moment; try again');
    this.name = 'StoreConflict';
  }
}
