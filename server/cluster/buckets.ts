// Token buckets kept in Redis, so a budget holds across nodes: a flooder reconnecting elsewhere finds it spent.
import type { RedisLinks } from './redis';

/**
 * Refills by Redis's own clock (TIME), so nodes with skewed clocks share one bucket fairly. Takes `cost` when at
 * least `need` tokens are there: a take needs its cost, a look needs one and takes none, a give-back (negative cost)
 * needs none.
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local need = tonumber(ARGV[4])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(held[1]) or capacity
local at = tonumber(held[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
if tokens >= need then
  tokens = math.min(capacity, tokens - cost)
  ok = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return ok
`;

export interface BucketSpec {
  capacity: number;
  perSecond: number;
}

export class RedisBuckets {
  constructor(private readonly redis: RedisLinks) {}

  /**
   * Takes `cost` tokens from the bucket `name`. While Redis does not answer this says yes: the node's own limits
   * (server/guards/rateLimit.ts, server/guards/budget.ts) still hold, so an outage loosens the budget to one node's, never to none.
   */
  take(name: string, spec: BucketSpec, cost = 1): Promise<boolean> {
    return this.run(name, spec, cost, cost);
  }

  /** Whether a token is there, without taking it (yes while Redis does not answer, as `take`). */
  hasToken(name: string, spec: BucketSpec): Promise<boolean> {
    return this.run(name, spec, 0, 1);
  }

  /** Gives back what a `take` reserved for something that did not happen after all. */
  async giveBack(name: string, spec: BucketSpec, cost: number): Promise<void> {
    await this.run(name, spec, -cost, 0);
  }

  private async run(name: string, spec: BucketSpec, cost: number, need: number): Promise<boolean> {
    try {
      const ok = await this.redis.commands.eval(TAKE, 1, `${this.redis.prefix}bucket:${name}`, spec.capacity, spec.perSecond, cost, need);
      return ok === 1;
    } catch {
      return true;
    }
  }
}
