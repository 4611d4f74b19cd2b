// The one place a socket command's failure is caught and turned into a typed ack.
import type { Ack, ErrorCode } from '../../shared/errors';
import { knownError } from '../knownError';

/**
 * Socket.IO hands the ack over as the last argument, whatever the client sent before it. A command sent
 * with no payload or with extra arguments still gets its answer (invalid_payload), never silence.
 */
export function commandArgs(args: unknown[]): { payload: unknown; ack: unknown } {
  const ack = typeof args.at(-1) === 'function' ? args.at(-1) : undefined;
  const rest = ack ? args.slice(0, -1) : args;
  return { payload: rest.length === 1 ? rest[0] : rest.length === 0 ? undefined : rest, ack };
}

/** How a command ended: 'ok' or its error code, and the unexpected error behind an 'internal'. */
export interface Outcome {
  code: 'ok' | ErrorCode;
  unexpected?: unknown;
}

export async function runAcked<T>(ack: unknown, run: () => T | Promise<T>): Promise<Outcome> {
  const reply = typeof ack === 'function' ? (ack as (result: Ack<T>) => void) : () => {};
  try {
    reply({ ok: true, data: await run() });
    return { code: 'ok' };
  } catch (error) {
    const known = knownError(error);
    if (known) {
      reply({ ok: false, code: known.code, message: known.message });
      return { code: known.code };
    }
    reply({ ok: false, code: 'internal', message: 'Internal error' });
    return { code: 'internal', unexpected: error };
  }
}
