// A join code is the one thing a stranger can guess: a code that matches no workshop costs the address a guess.
import { fail } from '../shared/errors';
import { addressGroup } from './addressGroup';
import type { Cluster } from './cluster';
import type { FailureLimiter } from './rateLimit';

/**
 * `found` is what the store had for the code. Used by the socket's join and the HTTP look-ups alike, so a
 * guesser cannot spend one budget on the socket and another over HTTP; with several nodes (REDIS_URL) the
 * address group's guesses also count on all of them, so reconnecting elsewhere does not buy more.
 */
export async function requireKnownCode<T>(found: T | undefined, limiter: FailureLimiter, address: string, cluster?: Cluster): Promise<T> {
  if (found) return found;
  if (!limiter.take(address)) fail('rate_limited', 'Too many wrong join codes');
  if (cluster && !(await cluster.allowWrongJoinCode(addressGroup(address)))) fail('rate_limited', 'Too many wrong join codes');
  return fail('not_found', 'No workshop has this code');
}

/** As requireKnownCode for a page that renders either way (the join page): a wrong code costs, nothing is thrown. */
export function countIfUnknown<T>(found: T | undefined, limiter: FailureLimiter, address: string): T | undefined {
  if (!found) limiter.take(address);
  return found;
}
