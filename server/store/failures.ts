// Failures of the storage itself (disk full, database read-only, I/O errors, locked), as opposed to bugs: the client
// hears `unavailable` — the server cannot save right now, and nothing it had saved is lost.
import { DomainError } from '../../shared/errors';

const STORAGE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PROTOCOL)/;

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.test(code);
}

export const cannotSave = (why: string) => new DomainError('unavailable', `The server cannot save right now (${why}); nothing was lost`);
