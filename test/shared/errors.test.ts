import { describe, expect, it } from 'vitest';
import { DomainError, fail } from '../../shared/errors';

describe('DomainError', () => {
  it('carries its code and message, and is still an Error', () => {
    const error = new DomainError('rate_limited', 'Too many reactions; slow down');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'rate_limited', message: 'Too many reactions; slow down', name: 'DomainError' });
  });

  it('captures no stack trace: a refusal is an answer, and a flood of them costs no stack walks', () => {
    let thrown: unknown;
    try {
      fail('rate_limited', 'Too many reactions; slow down');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as Error).stack ?? '').not.toMatch(/\n\s+at /);
  });

  it('leaves the stack trace limit of other errors as it was', () => {
    const before = Error.stackTraceLimit;
    new DomainError('forbidden', 'No');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('a bug').stack).toMatch(/\n\s+at /);
  });
});
