// Failures of the storage itself (disk full, database read-only, I/O errors, locked), as opposed to bugs: the client
// hears `unavailable` — the server cannot save right now, and nothing it had saved is lost.
import { DomainError } from '../../shared/errors';

const SQLITE_CODES = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PROTOCOL)/;
/**
 * PostgreSQL: the server unreachable or gone (network errors, connection exceptions 08, shutdown 57P0x, cannot
 * connect now 57P03), out of resources (53: disk full, too many connections), read-only (25006), I/O (58).
 */
const POSTGRES_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|08...|57P0.|53...|58...|25006)$/;
/** node-postgres reports a connection lost mid-query, or one it could not open in time, without a code. */
const POSTGRES_MESSAGES = /Connection terminated|^timeout expired$|Client has encountered a connection error/;
/** node-postgres's pool had no free connection in time (server/store/postgres.ts): busy, not gone. */
const POOL_WAIT_MESSAGE = 'timeout exceeded when trying to connect';

export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return SQLITE_CODES.test(code) || POSTGRES_CODES.test(code);
  return error instanceof Error && POSTGRES_MESSAGES.test(error.message);
}

/** Every connection of the pool stayed at work while this waited: the database is there, the server is busy. */
export function isPoolBusy(error: unknown): boolean {
  return error instanceof Error && error.message === POOL_WAIT_MESSAGE;
}

export const serverBusy = () => new DomainError('rate_limited', 'The server is busy; try again in a moment');

export const cannotRead = () => new DomainError('unavailable', 'The server cannot reach its database right now; nothing was lost');

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
