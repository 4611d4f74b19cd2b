import type { ErrorRequestHandler } from 'express';
import { DomainError, type ErrorCode } from '../../shared/errors';
import type { HttpError } from '../../shared/http/errors';
import { knownError } from '../knownError';
import type { Logger } from '../ops/log';

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
  reactions_off: 409,
  outdated: 409,
  reserved_id: 400,
};

/** Client errors raised by Express and body-parser (a malformed URL, an unknown Content-Encoding, a huge body). */
function clientError(error: { type?: unknown; status?: unknown } | undefined): DomainError | undefined {
  if (error?.type === 'entity.too.large') return new DomainError('too_large', 'Request body too large');
  if (error?.type === 'entity.parse.failed') return new DomainError('invalid_payload', 'Body is not valid JSON');
  const status = error?.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status >= 500) return undefined;
  const code: ErrorCode = status === 413 ? 'too_large' : status === 404 ? 'not_found' : 'invalid_payload';
  return new DomainError(code, 'Bad request');
}

/** Same error shape as a socket ack; never a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = knownError(error) ?? clientError(error);
  if (!known) (req.app.locals.log as Logger | undefined)?.error({ err: error, path: req.path }, 'request failed');
  const { code, message } = known ?? { code: 'internal' as const, message: 'Internal error' };
  res.status(statusOf[code]).json({ ok: false, code, message } satisfies HttpError);
};
