// Turns what a handler threw into the typed error a client is told, for the socket's acks and HTTP alike.
import { ZodError } from 'zod';
import { DomainError } from '../shared/errors';
import { cannotSave, isStorageFailure } from './store/failures';

export function zodToError(error: ZodError): DomainError {
  // Too long a text or list is "too large"; a number out of range is just invalid.
  const tooBig = error.issues.some((i) => i.code === 'too_big' && (i.origin === 'string' || i.origin === 'array'));
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return new DomainError(tooBig ? 'too_large' : 'invalid_payload', `${where}${first?.message ?? 'Invalid payload'}`);
}

/** The typed error behind `error`, or undefined for an unexpected one (whose message never reaches a client). */
export function knownError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof ZodError) return zodToError(error);
  if (isStorageFailure(error)) return cannotSave('storage error');
  return undefined;
}
