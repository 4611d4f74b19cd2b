// Bytes that new workshops and imports may add to the disk: per address group and for the whole server, so
// anyone who can reach the home page cannot fill the disk (31 imports of 16 MB took 17 s before this).
import { fail } from '../../shared/errors';
import { IMPORT_MAX_BYTES } from '../../shared/limits';
import { addressGroup } from '../addressGroup';
import { KeyedLimiter, TokenBucket } from '../rateLimit';

const HOUR_S = 3600;

export interface CreationBytes {
  /** What one address group may add at once; it refills over an hour. */
  perAddress: number;
  /** What the whole server may add at once; it refills over an hour. */
  global: number;
}

/** Four full-size imports per address, sixteen across the server, each hour; a workshop from a template is ~5 KB. */
export const DEFAULT_CREATION_BYTES: CreationBytes = { perAddress: 4 * IMPORT_MAX_BYTES, global: 16 * IMPORT_MAX_BYTES };

export class CreationBudget {
  private readonly perAddress: KeyedLimiter;
  private readonly global: TokenBucket;

  constructor(bytes: CreationBytes = DEFAULT_CREATION_BYTES) {
    this.perAddress = new KeyedLimiter(bytes.perAddress, bytes.perAddress / HOUR_S);
    this.global = new TokenBucket(bytes.global, bytes.global / HOUR_S);
  }

  /** Reserves `bytes` for a new session from `address`; `refund` gives them back if it is not stored after all. */
  take(address: string, bytes: number): { refund: () => void } {
    const key = addressGroup(address);
    if (!this.perAddress.take(key, bytes)) fail('rate_limited', 'This address has added too much data for now; try again later');
    if (!this.global.take(bytes)) {
      this.perAddress.refund(key, bytes);
      fail('rate_limited', 'The server takes no more new workshops for now; try again later');
    }
    return {
      refund: () => {
        this.perAddress.refund(key, bytes);
        this.global.giveBack(bytes);
      },
    };
  }
}
