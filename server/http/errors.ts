import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError, type ErrorCode } from '../../shared/errors';
import type { Logger } from '../log';
import { zodToError } from '../socket/acked';
import { cannotSave, isStorageFailure } from '../store/failures';

const statusOf: Record<ErrorCode, number> = {
  invalid_payload: 400,
  not_joined: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  overlap: 409,
  limit_reached: 409,
  wrong_phase: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  not_available: 501,
  unavailable: 503,
  damaged: 500,
  already_undone: 409,
  changed_since: 409,
  archived: 409,
};

/** Client errors raised by Express and body-parser (a malformed URL, an unknown Content-Encoding), by status. */
function clientError(status: number): DomainError {
  const code: ErrorCode = status === 413 ? 'too_large' : status === 404 ? 'not_found' : 'invalid_payload';
  return new DomainError(code, 'Bad request');
}

/** Same error shape as a socket ack; never a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  let known: DomainError | undefined;
  if (error instanceof DomainError) known = error;
  else if (error instanceof ZodError) known = zodToError(error);
  else if (isStorageFailure(error)) known = cannotSave('storage error');
  else if (error?.type === 'entity.too.large') known = new DomainError('too_large', 'Request body too large');
  else if (error?.type === 'entity.parse.failed') known = new DomainError('invalid_payload', 'Body is not valid JSON');
  else if (Number.isInteger(error?.status) && error.status >= 400 && error.status < 500) known = clientError(error.status);
  if (!known) (req.app.locals.log as Logger | undefined)?.error({ err: error, path: req.path }, 'request failed');
  const { code, message } = known ?? { code: 'internal' as const, message: 'Internal error' };
  res.status(statusOf[code]).json({ ok: false, code, message });
};
