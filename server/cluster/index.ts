// Several nodes, one set of workshops (REDIS_URL): the commit bus, presence, and the budgets a flooder must not
// multiply by reconnecting elsewhere. Every node may write any session; the store's (session_id, seq) key decides.
import type { KeyRole } from '../../shared/access/permissions';
import { fail } from '../../shared/errors';
import type { BucketSpec } from './buckets';
import type { Logger } from '../ops/log';
import type { Replication, ReplicatedSessions } from '../session/replication';
import { RedisBuckets } from './buckets';
import { CommitBus } from './bus';
import { RedisDownloadTokens } from './downloads';
import { ClusterConnections } from './connections';
import { NodeRegistry } from './nodes';
import { HEARTBEAT_MS, NODE_TTL_MS, SWEEP_MS } from '../tuning';
import { ClusterPresence } from './presence';
import { commandsReady, connectRedis } from './redis';
import { SessionFollower } from './sessionFollower';


export interface ClusterOptions {
  redisUrl: string;
  /** Keys and channels start with it (REDIS_PREFIX). */
  prefix: string;
  maxConnectionsPerAddress: number;
  /** One person's commands in one session, over all their sockets and nodes. */
  commandBudget: BucketSpec;
  /** Joins from one address per second, over all nodes (the burst is `maxConnectionsPerAddress`). */
  joinsPerSecond: number;
  log: Logger;
}

export interface ClusterHooks {
  /** The hub's live sessions, as a replication may use them. */
  sessions: ReplicatedSessions;
  /** Sessions with a socket on this node. */
  isWatched: (sessionId: string) => boolean;
  /** Re-sends a session's presence to its sockets here. */
  presenceChanged: (sessionId: string) => void;
  /** Tells this node's sockets of a session deleted elsewhere that it ended, and closes them. */
  disconnectSession: (sessionId: string) => void;
  /** A key of a session was replaced elsewhere: the old one is forgotten here and its sockets closed. */
  keyRevoked: (sessionId: string, role: KeyRole) => void;
  /** Every session row (and so every key hash) is read afresh on next use. */
  forgetKeys: () => void;
}

export class Cluster {
  readonly nodes;
  /** Budgets shared by every node (server/guards/budget.ts): wrong join codes and keys, new workshops. */
  readonly buckets: RedisBuckets;
  /** Download tokens that any node can spend. */
  readonly downloadTokens: RedisDownloadTokens;
  /** Resolves once this node listens to the bus (tests wait for it; a node serves meanwhile, catching up by sweeps). */
  readonly ready: Promise<void>;
  private readonly redis;
  private readonly connections;
  private readonly presence;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly bus: CommitBus;
  private readonly follower: SessionFollower;
  /** The hub's port to the other nodes: its commits published on the bus, theirs followed. */
  readonly replication: Replication;

  constructor(
    private readonly options: ClusterOptions,
    private readonly hooks: ClusterHooks,
  ) {
    this.redis = connectRedis(options.redisUrl, options.prefix);
    this.nodes = new NodeRegistry(this.redis);
    this.buckets = new RedisBuckets(this.redis);
    this.downloadTokens = new RedisDownloadTokens(this.redis);
    this.connections = new ClusterConnections(this.redis, this.nodes, options.maxConnectionsPerAddress, NODE_TTL_MS);
    this.presence = new ClusterPresence(this.redis, this.nodes, hooks.presenceChanged);
    const bus = new CommitBus(this.redis, this.nodes.id);
    this.bus = bus;
    const follower = new SessionFollower(hooks.sessions);
    this.follower = follower;
    this.replication = {
      committed: (sessionId, events) => bus.publish(sessionId, events),
      catchUp: (sessionId) => follower.catchUp(sessionId),
      settled: (sessionId) => follower.settled(sessionId),
      fellBehind: (sessionId) => follower.fellBehind(sessionId),
      forget: (sessionId) => follower.forget(sessionId),
    };
    this.watchRedis(options.log);
    this.ready = Promise.all([
      bus.subscribe({
        committed: (sessionId, events) => this.guard(() => follower.followCommitted(sessionId, events)),
        removed: (sessionId) => {
          hooks.sessions.forget(sessionId);
          hooks.disconnectSession(sessionId);
        },
        revoked: (sessionId, role) => hooks.keyRevoked(sessionId, role),
        reconnected: () => {
          options.log.info('redis is back: catching live sessions up from the store');
          // A key replaced meanwhile was published to nobody: every session row is read afresh.
          hooks.forgetKeys();
          void follower.catchUpAll();
        },
      }),
      this.presence.subscribe(hooks.isWatched),
      commandsReady(this.redis).then(() => this.beat()),
    ]).then(() => undefined);
    this.every(HEARTBEAT_MS, () => this.beat());
    this.every(SWEEP_MS, () => this.sweep());
  }

  get nodeId(): string {
    return this.nodes.id;
  }

  /** Participants online on other nodes (added to this node's own count). */
  othersOnline(sessionId: string): number {
    return this.presence.othersOnline(sessionId);
  }

  /** This node's count of a session changed (PresenceTracker's debounced emit). */
  presenceHere(sessionId: string, onlineHere: number): void {
    void this.presence.publish(sessionId, onlineHere);
  }

  /** This node deleted a session: the others let go of it too. */
  removed(sessionId: string): void {
    this.bus.publishRemoved(sessionId);
  }

  /** This node replaced or revoked a key: the others let go of the old one too. */
  revoked(sessionId: string, role: KeyRole): void {
    this.bus.publishRevoked(sessionId, role);
  }

  admitConnection(address: string): Promise<boolean> {
    return this.connections.admit(address);
  }

  releaseConnection(address: string): void {
    this.connections.release(address);
  }

  /** One budget per person in a session over all their sockets and nodes, as a socket's own (throttle.ts). */
  async admitCommand(sessionId: string, actor: string): Promise<void> {
    const ok = await this.buckets.take(`cmd:${sessionId}:${actor}`, this.options.commandBudget);
    if (!ok) fail('rate_limited', 'Too many requests; slow down');
  }

  async admitJoin(address: string): Promise<void> {
    const ok = await this.buckets.take(`join:${address}`, { capacity: this.options.maxConnectionsPerAddress, perSecond: this.options.joinsPerSecond });
    if (!ok) fail('rate_limited', 'Too many joins from this address; wait a moment');
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.nodes.leave();
    await this.redis.close();
  }

  private async beat(): Promise<void> {
    await this.nodes.beat().catch(() => {});
  }

  private async sweep(): Promise<void> {
    await this.follower.catchUpAll();
    await this.presence.refresh(this.hooks.sessions.liveSessionIds(), this.hooks.isWatched);
  }

  private every(ms: number, run: () => Promise<void>): void {
    const timer = setInterval(() => void run().catch((error: unknown) => this.options.log.error({ err: error }, 'cluster sweep failed')), ms);
    timer.unref();
    this.timers.push(timer);
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.options.log.error({ err: error }, 'following another node failed'); // the next sweep catches the session up
    }
  }

  private watchRedis(log: Logger): void {
    let down = false;
    this.redis.subscriber.on('error', (error: Error) => {
      if (!down) log.warn({ err: error.message }, 'redis unreachable: serving from the store, the bus is paused');
      down = true;
    });
    this.redis.subscriber.on('ready', () => (down = false));
  }
}
