// The two Redis connections of a node: one for commands (fails fast while Redis is away, so callers fall back to
// what this node knows) and one subscribed to the bus (queues and resubscribes by itself after a reconnect).
import { Redis } from 'ioredis';
import { REDIS_RETRY_MAX_MS, REDIS_RETRY_STEP_MS } from '../tuning';

export interface RedisLinks {
  commands: Redis;
  subscriber: Redis;
  /** Every key and channel of this app starts with it, so several apps (or tests) can share one Redis. */
  prefix: string;
  close(): Promise<void>;
}

/** Resolves once the commands connection is up (the first heartbeat needs it; later ones retry by themselves). */
export function commandsReady(links: RedisLinks): Promise<void> {
  if (links.commands.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => links.commands.once('ready', () => resolve()));
}

/** Reconnect quickly (server/tuning.ts). */
const retryStrategy = (times: number) => Math.min(REDIS_RETRY_STEP_MS * times, REDIS_RETRY_MAX_MS);

export function connectRedis(url: string, prefix: string): RedisLinks {
  const commands = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy, lazyConnect: false });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
  // An unreachable Redis is logged by the cluster (server/cluster/index.ts); ioredis must not throw it unhandled.
  commands.on('error', () => {});
  subscriber.on('error', () => {});
  return {
    commands,
    subscriber,
    prefix,
    async close() {
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}
