// A join code is the one thing a stranger can guess: a code that matches no workshop costs the address a guess.
import { fail } from '../../shared/errors';
import { addressGroup } from './addressGroup';
import { ALL, Budget, type SharedBuckets } from './budget';
import { WRONG_CODES_ALL, WRONG_CODES_PER_ADDRESS } from '../tuning';

/**
 * Wrong join codes: 20 per address group, then one every two seconds; and at most 10 a second over the whole server,
 * so many addresses together cannot guess faster either. With several nodes (REDIS_URL) both hold over all of them.
 */
export class FailureLimiter {
  private readonly perAddress: Budget;
  private readonly all: Budget;

  constructor(shared?: SharedBuckets) {
    this.perAddress = new Budget('code', WRONG_CODES_PER_ADDRESS.burst, WRONG_CODES_PER_ADDRESS.perSecond, shared);
    this.all = new Budget('code', WRONG_CODES_ALL.burst, WRONG_CODES_ALL.perSecond, shared);
  }

  async take(address: string): Promise<boolean> {
    return (await this.perAddress.take(addressGroup(address))) && (await this.all.take(ALL));
  }
}

/**
 * `found` is what the store had for the code. Used by the socket's join and the HTTP look-ups alike, so a
 * guesser cannot spend one budget on the socket and another over HTTP, nor (with several nodes) one per node.
 */
export async function requireKnownCode<T>(found: T | undefined, limiter: FailureLimiter, address: string): Promise<T> {
  if (found) return found;
  if (!(await limiter.take(address))) fail('rate_limited', 'Too many wrong join codes');
  return fail('not_found', 'No workshop has this code');
}

/** As requireKnownCode for a page that renders either way (the join page): a wrong code costs, nothing is thrown. */
export async function countIfUnknown<T>(found: T | undefined, limiter: FailureLimiter, address: string): Promise<T | undefined> {
  if (!found) await limiter.take(address);
  return found;
}
