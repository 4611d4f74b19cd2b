// Which nodes are alive: each writes a heartbeat into a sorted set; one that stops (kill -9) drops out after
// NODE_TTL_MS, and with it its phones from the presence count and its connections from the per-address cap.
import { randomUUID } from 'node:crypto';
import type { RedisLinks } from './redis';
import { NODE_TTL_MS } from '../tuning';


export class NodeRegistry {
  readonly id = randomUUID();
  private alive: string[] = [this.id];
  private readonly key: string;

  constructor(private readonly redis: RedisLinks) {
    this.key = `${redis.prefix}nodes`;
  }

  /** The nodes seen alive at the last heartbeat, this one first. */
  get aliveNodes(): readonly string[] {
    return this.alive;
  }

  /** Keys that live as long as this node does (its connection counts): refreshed with every heartbeat. */
  readonly ownKeys = new Set<string>();

  async beat(): Promise<void> {
    const now = Date.now();
    const pipeline = this.redis.commands
      .multi()
      .zadd(this.key, now, this.id)
      .zremrangebyscore(this.key, '-inf', now - NODE_TTL_MS)
      .zrange(this.key, 0, -1);
    for (const key of this.ownKeys) pipeline.pexpire(key, NODE_TTL_MS);
    const results = await pipeline.exec();
    const members = (results?.[2]?.[1] ?? []) as string[];
    this.alive = [this.id, ...members.filter((id) => id !== this.id)];
  }

  async leave(): Promise<void> {
    await this.redis.commands.zrem(this.key, this.id).catch(() => 0);
  }
}
