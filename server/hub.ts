// The live sessions: authoritative state in memory, rebuilt from the event log on first use.
import { DomainError } from '../shared/errors';
import type { DomainEvent, SequencedEvent } from '../shared/events';
import { evolve, evolveAll } from '../shared/evolve';
import { followUps } from '../shared/policies';
import type { SessionState } from '../shared/state';
import { scrubbed } from './erasure';
import { clockIsRunning } from '../shared/agenda/policies';
import { listingOf, type SessionListing } from '../shared/session/listing';
import { GroupCommit } from './groupCommit';
import { isSeqConflict } from './store/conflict';
import { SessionRows } from './sessionRows';
import type { Credential, Store } from './store/types';
import { type ProjectedEvent, projectForAll, SessionTimeline } from './timeline';

/** Events of a session loaded from the database that are projected at once, so catching up rarely needs a snapshot. */
const RECENT_ON_LOAD = 1000;

/** Hands stored events, projected for every kind of screen, to the sockets (server/socket/fanout.ts). */
export type Broadcast = (sessionId: string, events: ProjectedEvent[], timeline: SessionTimeline) => void;
/** Told of every commit this node made, so the other nodes of a cluster can follow (server/cluster/bus.ts). */
export type Published = (sessionId: string, events: SequencedEvent[]) => void;

export class SessionHub {
  /** Accepted state: ahead of the stored one by the events still on their way to disk. */
  private readonly live = new Map<string, SessionState>();
  private readonly timelines = new Map<string, SessionTimeline>();
  private readonly secretHashes = new Map<string, string>();
  /** Sessions being deleted: they accept nothing while their last writes drain. */
  private readonly removing = new Set<string>();
  /** When each live session was last used (monotonic ms), for evicting idle ones. */
  private readonly lastUsed = new Map<string, number>();
  /** Appends of each session still on their way to disk: such a session stays in memory. */
  private readonly writing = new Map<string, number>();
  /**
   * Sessions whose events could not be read when they were opened. The list does not read events, so a damaged
   * row shows there once someone opened the session (and from the start if its list row was behind).
   */
  private readonly damaged = new Set<string>();
  /** List rows and checkpoints kept beside the events. */
  private readonly rows: SessionRows;
  private readonly committer: GroupCommit;
  /**
   * Live sessions another node may have written since they were loaded: caught up from the store once this node's
   * own writes to them have landed (see followCommitted).
   */
  private readonly behind = new Set<string>();
  /** Bumped when a session's accepted-but-unstored events are thrown away, so none of them is stored later. */
  private readonly epochs = new Map<string, object>();
  /** Set when other nodes write the same sessions (REDIS_URL): joins then catch up from the store first. */
  published: Published | undefined;

  constructor(
    readonly store: Store,
    private readonly broadcast: Broadcast,
  ) {
    this.rows = new SessionRows(store);
    this.committer = new GroupCommit(store, (sessionIds) => this.rows.due(this.liveOnes(sessionIds)), (batch) => {
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
        this.published?.(sessionId, sequenced);
      }
    });
  }

  /** The sessions held in memory now. */
  liveSessionIds(): string[] {
    return [...this.live.keys()];
  }

  /** Sessions held in memory now (idle ones leave, see evictIdle), for the metrics. */
  get liveSessions(): number {
    return this.live.size;
  }

  state(sessionId: string): SessionState | undefined {
    if (this.removing.has(sessionId)) return undefined;
    const cached = this.live.get(sessionId);
    if (cached) {
      this.lastUsed.set(sessionId, performance.now());
      return cached;
    }
    if (!this.store.sessionById(sessionId)) return undefined;
    const recent: ProjectedEvent[] = [];
    const state = this.rebuild(sessionId, recent);
    this.live.set(sessionId, state);
    this.lastUsed.set(sessionId, performance.now());
    this.rows.rebuilt(sessionId, state);
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
    return this.rebuild(sessionId);
  }

  /**
   * The organiser list's row of a session: from memory when it is live, else the stored row when it is up to date
   * with the stored events (one index look-up), else rebuilt once (from its checkpoint) and stored again.
   */
  listing(sessionId: string, stored: SessionListing | undefined): SessionListing | undefined {
    if (this.damaged.has(sessionId)) throw new DomainError('damaged', 'An event of this session cannot be read');
    const live = this.live.get(sessionId);
    if (live) return listingOf(live);
    if (stored && stored.seq === this.store.lastSeq(sessionId)) return stored;
    const state = this.peek(sessionId);
    if (!state) return undefined;
    this.rows.storeListings([state]);
    return listingOf(state);
  }

  /**
   * The last checkpoint plus the events after it. A session found damaged is remembered for the organiser list.
   * With `recent`, the last events replayed are also projected for every kind of screen (catch-ups come from them).
   */
  private rebuild(sessionId: string, recent?: ProjectedEvent[]): SessionState {
    const start = this.rows.start(sessionId);
    try {
      const events = this.store.events(sessionId, start.seq);
      if (!recent) return evolveAll(start, events);
      let state = start;
      events.forEach((event, i) => {
        const before = state;
        state = evolve(state, event);
        if (i >= events.length - RECENT_ON_LOAD) recent.push(projectForAll(event, before, state));
      });
      return state;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'damaged') this.damaged.add(sessionId);
      throw error;
    }
  }

  /** The live state of these sessions (snapshots are cached per kind of screen now, so no JSON comes with it). */
  private *liveOnes(sessionIds: Iterable<string>): Generator<[string, SessionState, string | undefined]> {
    for (const sessionId of sessionIds) {
      const state = this.live.get(sessionId);
      if (state) yield [sessionId, state, undefined];
    }
  }

  /**
   * Drops from memory the sessions nobody uses: no socket in them (`isWatched`), nothing on its way to disk,
   * no clock-mode programme still running, and unused for `idleMs`. The tick only runs over live sessions and
   * every session it appends to counts as writing, so the two never act on the same session at once.
   */
  evictIdle(idleMs: number, isWatched: (sessionId: string) => boolean, now: number): string[] {
    const evicted: string[] = [];
    const cutoff = performance.now() - idleMs;
    for (const [sessionId, state] of this.live) {
      if ((this.lastUsed.get(sessionId) ?? 0) > cutoff || this.writing.has(sessionId)) continue;
      if (isWatched(sessionId) || clockIsRunning(state, now)) continue;
      evicted.push(sessionId);
    }
    // Their list rows as they leave, so the organiser list finds them up to date.
    this.storeListings(evicted);
    for (const sessionId of evicted) this.forget(sessionId);
    return evicted;
  }

  /** Stores the list rows of these live sessions (all of them by default), e.g. before a shutdown. */
  storeListings(sessionIds: Iterable<string> = this.live.keys()): void {
    this.rows.storeListings([...sessionIds].flatMap((id) => this.live.get(id) ?? []));
  }

  /** Whether the session is held in memory now (without loading it). */
  isLive(sessionId: string): boolean {
    return this.live.has(sessionId);
  }

  /** Deletes a session and every stored row of it, after any write already accepted for it has landed. */
  async remove(sessionId: string): Promise<void> {
    this.removing.add(sessionId);
    try {
      this.forget(sessionId);
      await this.flushed();
      this.store.deleteSession(sessionId);
      this.forget(sessionId);
      this.damaged.delete(sessionId);
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
    this.store.truncateWal();
  }

  /**
   * The state, caught up with what other nodes stored when there are any: a join must not start from a stale
   * snapshot because a bus message was lost.
   */
  currentState(sessionId: string): SessionState {
    this.requireState(sessionId);
    if (this.published) this.catchUp(sessionId);
    return this.requireState(sessionId);
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
    this.writing.set(sessionId, (this.writing.get(sessionId) ?? 0) + 1);
    const epoch = this.epochOf(sessionId);
    try {
      const part = { events: sequenced.map((event) => ({ sessionId, event })), credentials };
      await this.committer.submit(part, () => this.epochs.get(sessionId) === epoch);
    } catch (error) {
      if (isSeqConflict(error)) this.rewind(sessionId);
      else this.forget(sessionId);
      throw error;
    } finally {
      const left = (this.writing.get(sessionId) ?? 1) - 1;
      if (left > 0) this.writing.set(sessionId, left);
      else this.writing.delete(sessionId);
      if (left <= 0 && this.behind.has(sessionId)) this.catchUpAll([sessionId]);
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

  /**
   * Another node stored these events of a session (they came over the bus). A live session applies them in seq
   * order and its sockets receive them as if this node had written them; a gap is filled from the store. While this
   * node's own writes to the session are on their way, they wait: those writes either conflict (and the session is
   * rewound and caught up) or land first, and the events follow from the store.
   */
  followCommitted(sessionId: string, events: readonly SequencedEvent[]): void {
    const timeline = this.timelines.get(sessionId);
    if (!timeline) return;
    const fresh = events.filter((e) => e.seq > timeline.committed.seq);
    if (fresh.length === 0) return;
    if (this.writing.has(sessionId) || fresh[0]!.seq !== timeline.committed.seq + 1) return this.catchUp(sessionId);
    this.applyStored(sessionId, timeline, fresh);
  }

  /** Reads a live session's stored events past what it holds and applies them (a join on this node, a gap, a reconnect to Redis). */
  catchUp(sessionId: string): void {
    const timeline = this.timelines.get(sessionId);
    if (!timeline) return;
    if (this.writing.has(sessionId)) {
      this.behind.add(sessionId);
      return;
    }
    this.behind.delete(sessionId);
    const tail = this.store.events(sessionId, timeline.committed.seq);
    if (tail.length) this.applyStored(sessionId, timeline, tail);
  }

  /** Catches up these live sessions, all by default (after the bus was down: plain pub/sub drops what it could not deliver). */
  catchUpAll(sessionIds: Iterable<string> = [...this.timelines.keys()]): void {
    for (const sessionId of sessionIds) {
      try {
        this.catchUp(sessionId);
      } catch (error) {
        console.error('catching up a session failed', error); // tried again on the next sweep
      }
    }
  }

  /** Identity, not a number: after forget() a reloaded session gets a new one, and nothing accepted before matches it. */
  private epochOf(sessionId: string): object {
    let epoch = this.epochs.get(sessionId);
    if (!epoch) this.epochs.set(sessionId, (epoch = {}));
    return epoch;
  }

  private applyStored(sessionId: string, timeline: SessionTimeline, events: readonly SequencedEvent[]): void {
    let state = timeline.committed;
    for (const event of events) {
      const before = state;
      state = evolve(state, event);
      timeline.accept(projectForAll(event, before, state), state);
    }
    this.live.set(sessionId, state);
    this.broadcast(sessionId, timeline.commit(events), timeline);
    // Erased on the node that stored it: nothing held here may still carry the participant's name or secret.
    for (const { event } of events) {
      if (event.type !== 'participant:forgotten') continue;
      this.secretHashes.delete(`${sessionId}/${event.participantId}`);
      timeline.dropCaches();
    }
  }

  /**
   * Another node stored the seq this node meant to use: everything accepted here and not stored is dropped (the
   * epoch keeps a later batch from storing any of it), the session goes back to what was stored, and catches up.
   */
  private rewind(sessionId: string): void {
    const timeline = this.timelines.get(sessionId);
    this.epochs.set(sessionId, {});
    if (!timeline) return;
    timeline.dropPending();
    this.live.set(sessionId, timeline.committed);
    this.behind.add(sessionId);
  }

  forget(sessionId: string): void {
    this.behind.delete(sessionId);
    this.epochs.delete(sessionId);
    this.live.delete(sessionId);
    this.timelines.delete(sessionId);
    this.lastUsed.delete(sessionId);
    this.rows.forget(sessionId);
    for (const key of this.secretHashes.keys()) if (key.startsWith(`${sessionId}/`)) this.secretHashes.delete(key);
  }
}
