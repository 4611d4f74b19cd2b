// Token buckets kept in Redis, so a budget holds across nodes: a flooder reconnecting elsewhere finds it spent.
import type { RedisLinks } from './redis';

/** Refills by Redis's own clock (TIME), so nodes with skewed clocks share one bucket fairly. */
const TAKE = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local held = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(held[1]) or capacity
local at = tonumber(held[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
if tokens >= cost then
  tokens = tokens - cost
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
   * (server/rateLimit.ts) still hold, so an outage loosens the budget to one node's, never to none.
   */
  async take(name: string, spec: BucketSpec, cost = 1): Promise<boolean> {
    try {
      const ok = await this.redis.commands.eval(TAKE, 1, `${this.redis.prefix}bucket:${name}`, spec.capacity, spec.perSecond, cost);
      return ok === 1;
    } catch {
      return true;
    }
  }
}
