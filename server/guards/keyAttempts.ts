// Wrong keys (ADMIN_TOKEN, a facilitator key) per address group: a few mistakes are free, guessing is not.
import { fail } from '../../shared/errors';
import { addressGroup } from './addressGroup';
import { Budget, type SharedBuckets } from './budget';

/** Ten wrong keys at once, then one every ten seconds: typing errors pass, 1,600 guesses a second do not. */
export const WRONG_KEY_BURST = 10;
export const WRONG_KEY_RATE = 0.1;

export interface WrongKeyBudget {
  burst: number;
  perSecond: number;
}

/** With several nodes (REDIS_URL) the wrong keys of an address count on all of them: another node buys no more. */
export class KeyAttempts {
  private readonly wrong: Budget;

  constructor(budget: WrongKeyBudget = { burst: WRONG_KEY_BURST, perSecond: WRONG_KEY_RATE }, shared?: SharedBuckets) {
    this.wrong = new Budget('key', budget.burst, budget.perSecond, shared);
  }

  /**
   * Checked before any key is compared: an address out of wrong guesses is refused even with the right key,
   * or the refusal itself would tell a guesser when it found it.
   */
  async check(address: string): Promise<void> {
    if (!(await this.wrong.hasToken(addressGroup(address)))) fail('rate_limited', 'Too many wrong keys from this address; wait a minute');
  }

  async failed(address: string): Promise<void> {
    await this.wrong.take(addressGroup(address));
  }
}
