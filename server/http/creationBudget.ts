// Bytes that new workshops and imports may add to the disk: per address group and for the whole server, so
// anyone who can reach the home page cannot fill the disk (31 imports of 16 MB took 17 s before this). With several
// nodes (REDIS_URL) both hold over all of them: they fill one database.
import { fail } from '../../shared/errors';
import { addressGroup } from '../guards/addressGroup';
import { ALL, Budget, type SharedBuckets } from '../guards/budget';
import { CREATION_REFILL_S, CREATIONS_PER_ADDRESS, DEFAULT_CREATION_BYTES } from '../tuning';


export interface CreationBytes {
  /** What one address group may add at once; it refills over an hour. */
  perAddress: number;
  /** What the whole server may add at once; it refills over an hour. */
  global: number;
}


export class CreationBudget {
  private readonly perAddress: Budget;
  private readonly global: Budget;
  /** New workshops and imports by count, whatever their size: a generous budget per address. */
  private readonly requests: Budget;

  constructor(bytes: CreationBytes = DEFAULT_CREATION_BYTES, shared?: SharedBuckets) {
    this.perAddress = new Budget('bytes', bytes.perAddress, bytes.perAddress / CREATION_REFILL_S, shared);
    this.global = new Budget('bytes', bytes.global, bytes.global / CREATION_REFILL_S, shared);
    this.requests = new Budget('create', CREATIONS_PER_ADDRESS.burst, CREATIONS_PER_ADDRESS.perSecond, shared);
  }

  /** Counts one request to create or import (before its body is read). */
  admitRequest(address: string): Promise<boolean> {
    return this.requests.take(addressGroup(address));
  }

  /** Reserves `bytes` for a new session from `address`; `refund` gives them back if it is not stored after all. */
  async take(address: string, bytes: number): Promise<{ refund: () => Promise<void> }> {
    const key = addressGroup(address);
    if (!(await this.perAddress.take(key, bytes))) fail('rate_limited', 'This address has added too much data for now; try again later');
    if (!(await this.global.take(ALL, bytes))) {
      await this.perAddress.refund(key, bytes);
      fail('rate_limited', 'The server takes no more new workshops for now; try again later');
    }
    return {
      refund: async () => {
        await Promise.all([this.perAddress.refund(key, bytes), this.global.refund(ALL, bytes)]);
      },
    };
  }
}
