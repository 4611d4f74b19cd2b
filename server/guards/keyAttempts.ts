// Wrong keys (ADMIN_TOKEN, a facilitator or moderator key) per address group: a few mistakes are free, guessing is not.
import { fail } from '../../shared/errors';
import { addressGroup } from './addressGroup';
import { Budget, type SharedBuckets } from './budget';
import { WRONG_KEY_BURST, WRONG_KEY_RATE } from '../tuning';


export interface WrongKeyBudget {
  burst: number;
  perSecond: number;
}

/**
 * Only wrong keys spend: a key is compared first (in constant time) and a right one always passes, so nobody's wrong
 * guesses — a neighbour behind the venue's one address — can keep the facilitator or the organiser out. Keys carry at
 * least 126 random bits, so letting the right one through teaches a guesser nothing it could use. With several nodes
 * (REDIS_URL) the wrong keys of an address count on all of them: another node buys no more.
 */
export class KeyAttempts {
  private readonly wrong: Budget;

  constructor(budget: WrongKeyBudget = { burst: WRONG_KEY_BURST, perSecond: WRONG_KEY_RATE }, shared?: SharedBuckets) {
    this.wrong = new Budget('key', budget.burst, budget.perSecond, shared);
  }

  /**
   * Refuses a key that did not fit: `forbidden` while the address has wrong guesses left, `rate_limited` after.
   * An address already out of them is answered from this node's bucket alone, with no round trip to Redis.
   */
  async refuse(address: string, message: string, code: 'forbidden' | 'not_found' = 'forbidden'): Promise<never> {
    if (!(await this.wrong.take(addressGroup(address)))) fail('rate_limited', 'Too many wrong keys from this address; wait a minute');
    return fail(code, message);
  }
}
