// A budget per key (an address group, or ALL for the whole server) kept by this node and, with several nodes
// (REDIS_URL), in Redis too: a client that reconnects to another node finds there what it spent here.
import { fail } from '../../shared/errors';
import type { BucketSpec } from '../cluster/buckets';
import { KeyedLimiter } from './rateLimit';

/** The key of a budget that the whole server (every node together) shares. */
export const ALL = '*';

/** The cluster's buckets in Redis (server/cluster/buckets.ts); a single node has none. */
export interface SharedBuckets {
  take(name: string, spec: BucketSpec, cost?: number): Promise<boolean>;
  hasToken(name: string, spec: BucketSpec): Promise<boolean>;
  giveBack(name: string, spec: BucketSpec, cost: number): Promise<void>;
}

/**
 * This node's bucket is asked first (no round trip for a client it already holds back) and still holds while Redis
 * is away; the shared one makes the budget one over all nodes. A take is all or nothing on both.
 */
export class Budget {
  private readonly local: KeyedLimiter;
  private readonly spec: BucketSpec;

  /** `name` is the budget's part of its Redis keys (bucket:<name>:<key>): the same on every node. */
  constructor(
    private readonly name: string,
    capacity: number,
    perSecond: number,
    private readonly shared?: SharedBuckets,
  ) {
    this.local = new KeyedLimiter(capacity, perSecond);
    this.spec = { capacity, perSecond };
  }

  async take(key: string, cost = 1): Promise<boolean> {
    if (!this.local.take(key, cost)) return false;
    if (!this.shared || (await this.shared.take(this.sharedKey(key), this.spec, cost))) return true;
    this.local.refund(key, cost);
    return false;
  }

  /** Whether a token is left, without taking it. */
  async hasToken(key: string): Promise<boolean> {
    return this.local.hasToken(key) && (!this.shared || (await this.shared.hasToken(this.sharedKey(key), this.spec)));
  }

  async refund(key: string, cost = 1): Promise<void> {
    this.local.refund(key, cost);
    await this.shared?.giveBack(this.sharedKey(key), this.spec, cost);
  }

  private sharedKey(key: string): string {
    return `${this.name}:${key}`;
  }
}

/** Takes one token of `budget` (none on a single node, where there is no such budget) or refuses with rate_limited. */
export async function spendOrRefuse(budget: Budget | undefined, key: string, message: string): Promise<void> {
  if (budget && !(await budget.take(key))) fail('rate_limited', message);
}
