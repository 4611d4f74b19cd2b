import { performance } from 'node:perf_hooks';
import { LIMITER_MAX_KEYS } from '../tuning';

/**
 * Elapsed time for every limiter: monotonic, so a step of the wall clock (NTP, a laptop waking up) neither
 * refuses everyone for an hour nor hands out an hour of tokens.
 */
export const monotonicNow = (): number => performance.now();

/** A token bucket: `capacity` actions at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = monotonicNow,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes `cost` tokens (a byte budget takes one per byte), or none if there are not that many. */
  take(cost = 1): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Gives back what a `take` had reserved for something that did not happen after all. */
  giveBack(cost = 1): void {
    this.tokens = Math.min(this.capacity, this.tokens + cost);
  }

  /** Whether a token is there, without taking it. */
  hasToken(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  tokensLeft(): number {
    this.refill();
    return this.tokens;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (Math.max(0, t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}

/**
 * One bucket per key (an address group). The map is bounded: past `maxKeys` the least recently used buckets go,
 * the fullest of them first, so a flood of one-off addresses cannot make the limiter forget one it is holding back.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly maxKeys = LIMITER_MAX_KEYS,
    private readonly now: () => number = monotonicNow,
  ) {}

  take(key: string, cost = 1): boolean {
    return this.bucket(key).take(cost);
  }

  refund(key: string, cost = 1): void {
    this.buckets.get(key)?.giveBack(cost);
  }

  hasToken(key: string): boolean {
    return this.buckets.get(key)?.hasToken() ?? true;
  }

  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (bucket) {
      // Most recently used last: Map keeps insertion order, so the oldest are first.
      this.buckets.delete(key);
    } else {
      bucket = new TokenBucket(this.capacity, this.perSecond, this.now);
      if (this.buckets.size >= this.maxKeys) this.evict();
    }
    this.buckets.set(key, bucket);
    return bucket;
  }

  /**
   * Looks at the oldest tenth and drops the half of it that holds back least (the most tokens left): one-off
   * addresses go, an address that used up its budget stays. Amortised, a handful of steps per new key.
   */
  private evict(): void {
    const scan = Math.max(1, Math.ceil(this.maxKeys / 10));
    const oldest: { key: string; tokens: number }[] = [];
    for (const [key, bucket] of this.buckets) {
      if (oldest.length >= scan) break;
      oldest.push({ key, tokens: bucket.tokensLeft() });
    }
    oldest.sort((a, b) => b.tokens - a.tokens);
    for (const { key } of oldest.slice(0, Math.max(1, Math.floor(oldest.length / 2)))) this.buckets.delete(key);
  }
}
