// Sockets per address over every node: each node counts its own in a hash that dies with it (NodeRegistry renews
// it), and a new connection is admitted only while the alive nodes' counts together stay under the cap.
import type { NodeRegistry } from './nodes';
import type { RedisLinks } from './redis';

/** KEYS: this node's hash, then the other alive nodes'. ARGV: address, cap, ttl. */
const ADMIT = `
local total = 0
for i = 1, #KEYS do
  total = total + (tonumber(redis.call('HGET', KEYS[i], ARGV[1])) or 0)
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;
const RELEASE = `
if redis.call('HINCRBY', KEYS[1], ARGV[1], -1) <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1
`;

export class ClusterConnections {
  private readonly own: string;
  /** Addresses whose admission Redis did not record (it was away): their release must not count down. */
  private readonly unrecorded = new Map<string, number>();

  constructor(
    private readonly redis: RedisLinks,
    private readonly nodes: NodeRegistry,
    private readonly max: number,
    private readonly ttlMs: number,
  ) {
    this.own = `${redis.prefix}conns:${nodes.id}`;
    nodes.ownKeys.add(this.own);
  }

  /** False when the address already holds `max` connections over all nodes; true while Redis does not answer. */
  async admit(address: string): Promise<boolean> {
    const keys = this.nodes.aliveNodes.map((id) => `${this.redis.prefix}conns:${id}`);
    try {
      return (await this.redis.commands.eval(ADMIT, keys.length, ...keys, address, this.max, this.ttlMs)) === 1;
    } catch {
      this.unrecorded.set(address, (this.unrecorded.get(address) ?? 0) + 1);
      return true;
    }
  }

  release(address: string): void {
    const skipped = this.unrecorded.get(address);
    if (skipped) {
      if (skipped > 1) this.unrecorded.set(address, skipped - 1);
      else this.unrecorded.delete(address);
      return;
    }
    this.redis.commands.eval(RELEASE, 1, this.own, address).catch(() => {});
  }
}
