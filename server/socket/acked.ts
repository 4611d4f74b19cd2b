// The one place a socket command's failure is caught and turned into a typed ack.
import { ZodError } from 'zod';
import { type Ack, DomainError } from '../../shared/errors';

export function zodToError(error: ZodError): DomainError {
  // Too long a text or list is "too large"; a number out of range is just invalid.
  const tooBig = error.issues.some((i) => i.code === 'too_big' && (i.origin === 'string' || i.origin === 'array'));
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join('.')}: ` : '';
  return new DomainError(tooBig ? 'too_large' : 'invalid_payload', `${where}${first?.message ?? 'Invalid payload'}`);
}

export async function runAcked<T>(ack: unknown, run: () => T | Promise<T>): Promise<void> {
  const reply = typeof ack === 'function' ? (ack as (result: Ack<T>) => void) : () => {};
  try {
    reply({ ok: true, data: await run() });
  } catch (error) {
    const known = error instanceof ZodError ? zodToError(error) : error;
    if (known instanceof DomainError) {
      reply({ ok: false, code: known.code, message: known.message });
    } else {
      console.error('command failed', error);
      reply({ ok: false, code: 'internal', message: 'Internal error' });
    }
  }
}
