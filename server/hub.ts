// The live sessions: authoritative state in memory, rebuilt from the event log on first use.
import { DomainError } from '../shared/errors';
import type { DomainEvent, SequencedEvent } from '../shared/events';
import { evolve, evolveAll } from '../shared/evolve';
import { followUps } from '../shared/policies';
import { blankSession } from '../shared/session/evolve';
import type { SessionState } from '../shared/state';
import { scrubbed } from './erasure';
import { GroupCommit } from './groupCommit';
import type { Credential, Store } from './store/types';
import { type ProjectedEvent, projectForAll, SessionTimeline } from './timeline';

/** Events of a session loaded from the database that are projected at once, so catching up rarely needs a snapshot. */
const RECENT_ON_LOAD = 1000;

/** Hands stored events, projected for every kind of screen, to the sockets (server/socket/fanout.ts). */
export type Broadcast = (sessionId: string, events: ProjectedEvent[], timeline: SessionTimeline) => void;

export class SessionHub {
  /** Accepted state: ahead of the stored one by the events still on their way to disk. */
  private readonly live = new Map<string, SessionState>();
  private readonly timelines = new Map<string, SessionTimeline>();
  private readonly secretHashes = new Map<string, string>();
  /** Sessions being deleted: they accept nothing while their last writes drain. */
  private readonly removing = new Set<string>();
  private readonly committer: GroupCommit;

  constructor(
    readonly store: Store,
    private readonly broadcast: Broadcast,
  ) {
    this.committer = new GroupCommit(store, (batch) => {
      // One broadcast per session per commit: a burst of writes reaches each phone as one message.
      const bySession = new Map<string, SequencedEvent[]>();
      for (const { sessionId, event } of batch.events) {
        const list = bySession.get(sessionId);
        if (list) list.push(event);
        else bySession.set(sessionId, [event]);
      }
      for (const [sessionId, sequenced] of bySession) {
        const timeline = this.timelines.get(sessionId);
        if (timeline) this.broadcast(sessionId, timeline.commit(sequenced), timeline);
      }
    });
  }

  /** Sessions held in memory (opened since start), for the metrics. */
  get liveSessions(): number {
    return this.live.size;
  }

  state(sessionId: string): SessionState | undefined {
    if (this.removing.has(sessionId)) return undefined;
    const cached = this.live.get(sessionId);
    if (cached) return cached;
    if (!this.store.sessionById(sessionId)) return undefined;
    const events = this.store.events(sessionId, 0);
    let state = blankSession(sessionId);
    const recent: ProjectedEvent[] = [];
    events.forEach((event, i) => {
      const before = state;
      state = evolve(state, event);
      if (i >= events.length - RECENT_ON_LOAD) recent.push(projectForAll(event, before, state));
    });
    this.live.set(sessionId, state);
    this.timelines.set(sessionId, new SessionTimeline(state, recent));
    return state;
  }

  /** The stored events of a live session, projected: catch-ups and snapshots come from here. */
  timeline(sessionId: string): SessionTimeline {
    this.requireState(sessionId);
    return this.timelines.get(sessionId)!;
  }

  /** The state without making the session live: listing every session must not keep them all in memory and ticking. */
  peek(sessionId: string): SessionState | undefined {
    const cached = this.live.get(sessionId);
    if (cached || !this.store.sessionById(sessionId)) return cached;
    return evolveAll(blankSession(sessionId), this.store.events(sessionId, 0));
  }

  /** Deletes a session and every stored row of it, after any write already accepted for it has landed. */
  async remove(sessionId: string): Promise<void> {
    this.removing.add(sessionId);
    try {
      this.forget(sessionId);
      await this.flushed();
      this.store.deleteSession(sessionId);
      this.forget(sessionId);
    } finally {
      this.removing.delete(sessionId);
    }
  }

  /**
   * "Glem mig" after `participant:forgotten` is stored: the participant's id and name are rewritten out of the
   * stored log, their credential deleted, caches that held them dropped, and the write-ahead log emptied.
   */
  async eraseParticipant(sessionId: string, participantId: string): Promise<void> {
    await this.flushed();
    this.store.eraseParticipant(sessionId, participantId, (event) => scrubbed(event, participantId));
    this.secretHashes.delete(`${sessionId}/${participantId}`);
    this.timelines.get(sessionId)?.dropCaches();
    this.store.checkpoint();
  }

  requireState(sessionId: string): SessionState {
    const state = this.state(sessionId);
    if (!state) throw new DomainError('not_found', 'No such session');
    return state;
  }

  /**
   * Numbers the events, applies them, and resolves once they are durable and broadcast.
   * The in-memory state moves at once so the next command sees it; a failed commit drops the
   * session from memory so it is rebuilt from what was really stored.
   */
  async append(
    sessionId: string,
    actor: string,
    events: DomainEvent[],
    now: number,
    credentials: Credential[] = [],
  ): Promise<SequencedEvent[]> {
    let state = this.requireState(sessionId);
    const timeline = this.timelines.get(sessionId)!;
    const sequenced: SequencedEvent[] = [];
    const add = (event: DomainEvent, by: string) => {
      const e = { seq: state.seq + 1, at: now, actor: by, event };
      const before = state;
      state = evolve(state, e);
      timeline.accept(projectForAll(e, before, state), state);
      sequenced.push(e);
    };
    for (const event of events) add(event, actor);
    if (sequenced.length) for (const event of followUps(state, now)) add(event, 'system');
    this.live.set(sessionId, state);
    if (sequenced.length === 0 && credentials.length === 0) return sequenced;
    try {
      await this.committer.submit({ events: sequenced.map((event) => ({ sessionId, event })), credentials });
    } catch (error) {
      this.forget(sessionId);
      throw error;
    }
    return sequenced;
  }

  /** Waits until nothing accepted is still on its way to disk, so a snapshot holds only stored facts. */
  flushed(): Promise<void> {
    return this.committer.flushed();
  }

  /** Stored events after `since`, unprojected: the facilitator's catch-up when memory no longer holds them. */
  storedEventsSince(sessionId: string, since: number): SequencedEvent[] {
    return this.store.events(sessionId, since);
  }

  participantSecretHash(sessionId: string, participantId: string): string | undefined {
    const key = `${sessionId}/${participantId}`;
    const cached = this.secretHashes.get(key);
    if (cached !== undefined) return cached;
    const stored = this.store.participantSecretHash(sessionId, participantId);
    if (stored !== undefined) this.secretHashes.set(key, stored);
    return stored;
  }

  /** Known at once, before the commit, so two racing first joins cannot claim one id with two secrets. */
  rememberSecretHash(sessionId: string, participantId: string, secretHash: string): void {
    this.secretHashes.set(`${sessionId}/${participantId}`, secretHash);
  }

  /** Runs the follow-up policies of every live session against the clock (clock-mode agenda, timers). */
  tick(now: number): void {
    for (const [sessionId, state] of this.live) {
      const events = followUps(state, now);
      // A refusal to write (disk full, read-only) is tried again next tick; /readyz reports it, no need to log each second.
      if (events.length) this.append(sessionId, 'system', events, now).catch((e) => e instanceof DomainError || console.error('tick failed', e));
    }
  }

  forget(sessionId: string): void {
    this.live.delete(sessionId);
    this.timelines.delete(sessionId);
    for (const key of this.secretHashes.keys()) if (key.startsWith(`${sessionId}/`)) this.secretHashes.delete(key);
  }
}
