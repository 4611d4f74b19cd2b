// Several nodes (REDIS_URL): what other nodes stored reaches a live session here — from the bus in seq order, or
// read from the store when the bus lost something or this node's own write lost a race. The store is the truth.
import type { SequencedEvent } from '../../shared/events';
import { advance } from '../fold';
import type { ReplicatedSessions } from '../replication';
import { projectForAll, type SessionTimeline } from '../timeline';

export class SessionFollower {
  /** Live sessions another node may have written since: caught up once this node's own writes to them settled. */
  private readonly behind = new Set<string>();
  /** Catch-ups reading the store now, one per session. */
  private readonly catchingUp = new Map<string, Promise<void>>();

  constructor(private readonly sessions: ReplicatedSessions) {}

  /**
   * Another node stored these events (they came over the bus). A live session applies them in seq order and its
   * sockets receive them as if this node had written them; a gap is filled from the store. While this node's own
   * writes to the session are on their way, they wait: those writes either conflict (and the session is rewound
   * and caught up) or land first, and the events follow from the store.
   */
  followCommitted(sessionId: string, events: readonly SequencedEvent[]): void {
    const timeline = this.sessions.timeline(sessionId);
    if (!timeline) return;
    const fresh = events.filter((e) => e.seq > timeline.committed.seq);
    if (fresh.length === 0) return;
    if (this.sessions.isWriting(sessionId) || this.catchingUp.has(sessionId) || fresh[0]!.seq !== timeline.committed.seq + 1) {
      void this.catchUp(sessionId);
      return;
    }
    this.apply(sessionId, timeline, fresh);
  }

  /**
   * Reads a live session's stored events past what it holds and applies them (a join on this node, a gap, the bus
   * back after an outage, a command decided again after a conflict), once this node's own writes to it have settled.
   */
  catchUp(sessionId: string): Promise<void> {
    this.behind.add(sessionId);
    let running = this.catchingUp.get(sessionId);
    if (!running) {
      running = this.readTail(sessionId).finally(() => this.catchingUp.delete(sessionId));
      this.catchingUp.set(sessionId, running);
    }
    return running;
  }

  /** Catches up these live sessions, all by default (after the bus was down: plain pub/sub drops what it could not deliver). */
  async catchUpAll(sessionIds: Iterable<string> = this.sessions.liveSessionIds()): Promise<void> {
    await Promise.all(
      [...sessionIds].map((sessionId) =>
        this.catchUp(sessionId).catch((error: unknown) => console.error('catching up a session failed', error)), // the next sweep tries again
      ),
    );
  }

  /** This node's writes to the session have all landed or failed: what it fell behind on is read now. */
  settled(sessionId: string): void {
    if (this.behind.has(sessionId)) void this.catchUpAll([sessionId]);
  }

  /** A write of this node lost a race: the session is behind the store until caught up. */
  fellBehind(sessionId: string): void {
    this.behind.add(sessionId);
  }

  forget(sessionId: string): void {
    this.behind.delete(sessionId);
  }

  private async readTail(sessionId: string): Promise<void> {
    while (this.behind.has(sessionId)) {
      if (this.sessions.isWriting(sessionId)) {
        await this.sessions.flushed();
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      const timeline = this.sessions.timeline(sessionId);
      if (!timeline) return void this.behind.delete(sessionId);
      this.behind.delete(sessionId);
      const from = timeline.committed.seq;
      const tail = await this.sessions.storedEvents(sessionId, from);
      // Moved meanwhile (forgotten, written, caught up by the bus): read again from where it is now.
      if (this.sessions.timeline(sessionId) !== timeline || this.sessions.isWriting(sessionId) || timeline.committed.seq !== from) {
        this.behind.add(sessionId);
        continue;
      }
      if (tail.length) this.apply(sessionId, timeline, tail);
    }
  }

  private apply(sessionId: string, timeline: SessionTimeline, events: readonly SequencedEvent[]): void {
    let state = timeline.committed;
    for (const event of events) {
      const before = state;
      state = advance(state, event);
      timeline.accept(projectForAll(event, before, state), state);
    }
    this.sessions.applied(sessionId, state, timeline.commit(events), timeline);
  }
}
