// Typed failures shared by server and client: the client turns each code into one translated sentence.
export const errorCodes = [
  'invalid_payload',
  'forbidden',
  'not_found',
  'not_joined',
  'wrong_phase',
  'too_large',
  'conflict',
  'overlap',
  'limit_reached',
  'rate_limited',
  'not_available',
  /** The server cannot save right now (disk full or read-only); what it had saved is safe. */
  'unavailable',
  /** A stored event of this session cannot be read: the session is shown as damaged, the others work. */
  'damaged',
  'already_undone',
  'changed_since',
  'archived',
  /** Reactions are switched off for the day or for the item on now. */
  'reactions_off',
  /** The page speaks another version of the protocol (an old tab after an upgrade): it must reload. */
  'outdated',
  /** A participant id that names a role (`facilitator`, `projector`, `system`, `organiser`, `*`): never joinable. */
  'reserved_id',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type Ack<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };

/** Thrown by pure domain code; the server's one command wrapper turns it into an error ack. */
export class DomainError extends Error {
  readonly code: ErrorCode;

  /**
   * A refusal is an answer, not a bug: no stack trace is captured. Capturing one costs more than the rest of a
   * refused reaction tap, and a flooding phone (or a room of them) chooses how many refusals a second it gets.
   */
  constructor(code: ErrorCode, message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.code = code;
    this.name = 'DomainError';
  }
}

export function fail(code: ErrorCode, message: string): never {
  throw new DomainError(code, message);
}
