// The bus between nodes: after each commit a node publishes the session's stored events; the other nodes that hold
// the session live apply them and send them to their own sockets. Plain pub/sub drops what it cannot deliver, so
// the store stays the truth: a gap, a reconnect to Redis or a periodic sweep catches a session up from it.
import type { KeyRole } from '../../shared/access/permissions';
import type { SequencedEvent } from '../../shared/events';
import type { RedisLinks } from './redis';

/** One commit of one session, as published. Only this app's nodes write the channel. */
interface Committed {
  node: string;
  sessionId: string;
  events: SequencedEvent[];
  /** The session was deleted (by the organiser or retention): the others drop it and close its sockets. */
  removed?: true;
  /** This key of the session was replaced or revoked: the others forget it and close the sockets that used it. */
  revoked?: KeyRole;
}

export interface BusListener {
  /** Events another node stored. */
  committed(sessionId: string, events: SequencedEvent[]): void;
  /** Another node deleted the session. */
  removed(sessionId: string): void;
  /** Another node replaced or revoked a key of the session. */
  revoked(sessionId: string, role: KeyRole): void;
  /** The bus came back after an outage: what was published meanwhile is lost, catch up from the store. */
  reconnected(): void;
}

export class CommitBus {
  private readonly channel: string;
  private wasReady = false;

  constructor(
    private readonly redis: RedisLinks,
    private readonly nodeId: string,
  ) {
    this.channel = `${redis.prefix}events`;
  }

  publish(sessionId: string, events: SequencedEvent[]): void {
    const message: Committed = { node: this.nodeId, sessionId, events };
    // Not awaited, never fatal: the write is stored; another node missing it catches up from the store.
    this.redis.commands.publish(this.channel, JSON.stringify(message)).catch(() => {});
  }

  publishRemoved(sessionId: string): void {
    const message: Committed = { node: this.nodeId, sessionId, events: [], removed: true };
    this.redis.commands.publish(this.channel, JSON.stringify(message)).catch(() => {});
  }

  publishRevoked(sessionId: string, role: KeyRole): void {
    const message: Committed = { node: this.nodeId, sessionId, events: [], revoked: role };
    this.redis.commands.publish(this.channel, JSON.stringify(message)).catch(() => {});
  }

  async subscribe(listener: BusListener): Promise<void> {
    const { subscriber } = this.redis;
    subscriber.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) return;
      const message = parseCommitted(raw);
      if (!message || message.node === this.nodeId) return;
      if (message.removed) listener.removed(message.sessionId);
      else if (message.revoked === 'facilitator' || message.revoked === 'moderator') listener.revoked(message.sessionId, message.revoked);
      else listener.committed(message.sessionId, message.events);
    });
    subscriber.on('ready', () => {
      if (this.wasReady) listener.reconnected();
      this.wasReady = true;
    });
    await subscriber.subscribe(this.channel);
  }
}

function parseCommitted(raw: string): Committed | null {
  try {
    const message = JSON.parse(raw) as Committed;
    return typeof message.sessionId === 'string' && Array.isArray(message.events) ? message : null;
  } catch {
    return null;
  }
}
