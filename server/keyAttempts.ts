// Wrong keys (ADMIN_TOKEN, a facilitator key) per address group: a few mistakes are free, guessing is not.
import { fail } from '../shared/errors';
import { addressGroup } from './addressGroup';
import { KeyedLimiter } from './rateLimit';

/** Ten wrong keys at once, then one every ten seconds: typing errors pass, 1,600 guesses a second do not. */
export const WRONG_KEY_BURST = 10;
export const WRONG_KEY_RATE = 0.1;

export interface WrongKeyBudget {
  burst: number;
  perSecond: number;
}

export class KeyAttempts {
  private readonly wrong: KeyedLimiter;

  constructor(budget: WrongKeyBudget = { burst: WRONG_KEY_BURST, perSecond: WRONG_KEY_RATE }) {
    this.wrong = new KeyedLimiter(budget.burst, budget.perSecond);
  }

  /**
   * Checked before any key is compared: an address out of wrong guesses is refused even with the right key,
   * or the refusal itself would tell a guesser when it found it.
   */
  check(address: string): void {
    if (!this.wrong.hasToken(addressGroup(address))) fail('rate_limited', 'Too many wrong keys from this address; wait a minute');
  }

  failed(address: string): void {
    this.wrong.take(addressGroup(address));
  }
}
