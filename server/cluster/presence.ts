// Presence over every node: each node writes how many participants it has online per session, tells the others,
// and every node shows its phones the sum over the nodes still alive (a dead node's phones drop out with it).
import type { NodeRegistry } from './nodes';
import type { RedisLinks } from './redis';

export class ClusterPresence {
  /** Participants online on the other nodes, per session watched here: refreshed on notices and sweeps. */
  private readonly elsewhere = new Map<string, number>();
  /** The count this node last wrote per session. */
  private readonly published = new Map<string, number>();
  private readonly channel: string;

  constructor(
    private readonly redis: RedisLinks,
    private readonly nodes: NodeRegistry,
    /** Re-sends presence to this node's sockets of the session when the count from elsewhere changed. */
    private readonly changed: (sessionId: string) => void,
  ) {
    this.channel = `${redis.prefix}presence`;
  }

  private key(sessionId: string): string {
    return `${this.redis.prefix}presence:${sessionId}`;
  }

  othersOnline(sessionId: string): number {
    return this.elsewhere.get(sessionId) ?? 0;
  }

  /** This node's count changed: written for the others, who are told to look. */
  async publish(sessionId: string, onlineHere: number): Promise<void> {
    // Sent again after a change elsewhere (presence.ts), the same count is no news to the others.
    if (this.published.get(sessionId) === onlineHere) return;
    if (onlineHere > 0) this.published.set(sessionId, onlineHere);
    else this.published.delete(sessionId);
    const key = this.key(sessionId);
    const multi = this.redis.commands.multi();
    if (onlineHere > 0) multi.hset(key, this.nodes.id, onlineHere).pexpire(key, 24 * 3600_000);
    else multi.hdel(key, this.nodes.id);
    await multi.publish(this.channel, sessionId).exec().catch(() => null);
  }

  /** Reads the others' counts of these sessions (a notice, a sweep); sessions not watched here are forgotten. */
  async refresh(sessionIds: Iterable<string>, isWatched: (sessionId: string) => boolean): Promise<void> {
    for (const sessionId of [...this.elsewhere.keys()]) if (!isWatched(sessionId)) this.elsewhere.delete(sessionId);
    const alive = new Set(this.nodes.aliveNodes);
    for (const sessionId of sessionIds) {
      if (!isWatched(sessionId)) continue;
      const counts = await this.redis.commands.hgetall(this.key(sessionId)).catch(() => null);
      if (!counts) continue;
      let others = 0;
      for (const [node, count] of Object.entries(counts)) if (node !== this.nodes.id && alive.has(node)) others += Number(count) || 0;
      if (others === (this.elsewhere.get(sessionId) ?? 0)) continue;
      this.elsewhere.set(sessionId, others);
      this.changed(sessionId);
    }
  }

  async subscribe(isWatched: (sessionId: string) => boolean): Promise<void> {
    this.redis.subscriber.on('message', (channel: string, sessionId: string) => {
      if (channel === this.channel && isWatched(sessionId)) void this.refresh([sessionId], isWatched);
    });
    await this.redis.subscriber.subscribe(this.channel);
  }
}
