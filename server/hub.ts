// The live sessions: authoritative state in memory, rebuilt from the event log on first use. Loading a session is
// asynchronous (the store may be a database server); once live, its state is read and moved synchronously, so a
// command decides and appends on the same state without another command slipping in between.
import { DomainError, fail } from '../shared/errors';
import type { DomainEvent, SequencedEvent } from '../shared/events';
import { evolve } from '../shared/evolve';
import { advance } from './fold';
import { SessionReader } from './sessionReader';
import { SessionRecords } from './sessionRecords';
import { followUps } from '../shared/policies';
import type { SessionState } from '../shared/state';
import { scrubbed } from './erasure';
import { clockIsRunning } from '../shared/agenda/policies';
import { listingOf, type SessionListing } from '../shared/session/listing';
import { blankSession } from '../shared/session/evolve';
import { GroupCommit } from './groupCommit';
import { StoreConflict } from './store/failures';
import { SessionFollower } from './sessionFollower';
import { SessionRows } from './sessionRows';
import type { Credential, SessionRecord, SessionStatus, Store } from './store/types';
import { type ProjectedEvent, projectForAll, SessionTimeline } from './timeline';

/** Hands stored events, projected for every kind of screen, to the sockets (server/socket/fanout.ts). */
export type Broadcast = (sessionId: string, events: ProjectedEvent[], timeline: SessionTimeline) => void;
/** Told of every commit this node made, so the other nodes of a cluster can follow (server/cluster/bus.ts). */
export type Published = (sessionId: string, events: SequencedEvent[]) => void;

export class SessionHub {
  /** Accepted state: ahead of the stored one by the events still on their way to disk. */
  private readonly live = new Map<string, SessionState>();
  private readonly timelines = new Map<string, SessionTimeline>();
  private readonly secretHashes = new Map<string, string>();
  private readonly records: SessionRecords;
  /** Sessions being deleted: they accept nothing while their last writes drain. */
  private readonly removing = new Set<string>();
  /** When each live session was last used (monotonic ms), for evicting idle ones. */
  private readonly lastUsed = new Map<string, number>();
  /** Appends of each session still on their way to disk: such a session stays in memory. */
  private readonly writing = new Map<string, number>();
  /** Sessions being read from the store now: a second use waits for the same load. */
  private readonly loading = new Map<string, Promise<SessionState | undefined>>();
  /** List rows and checkpoints kept beside the events. */
  private readonly rows: SessionRows;
  private readonly committer: GroupCommit;
  private readonly reader: SessionReader;
  /** What other nodes stored, applied to the live sessions (REDIS_URL; see server/sessionFollower.ts). */
  private readonly follower: SessionFollower;
  /** Set when other nodes write the same sessions (REDIS_URL): told of every commit of this one. */
  published: Published | undefined;

  constructor(
    private readonly store: Store,
    private readonly broadcast: Broadcast,
  ) {
    this.rows = new SessionRows(store);
    this.reader = new SessionReader(store, this.rows);
    this.records = new SessionRecords(store);
    this.follower = new SessionFollower({
      timeline: (sessionId) => this.timelines.get(sessionId),
      isWriting: (sessionId) => this.writing.has(sessionId),
      flushed: () => this.flushed(),
      storedEvents: (sessionId, afterSeq) => this.store.events(sessionId, afterSeq),
      applied: (sessionId, state, entries, timeline) => this.applied(sessionId, state, entries, timeline),
    });
    this.committer = new GroupCommit(store, (writes) => this.rows.due(writes, (id) => this.live.get(id)), (writes) => {
      // One broadcast per session per commit: a burst of writes reaches each phone as one message.
      for (const { sessionId, events } of writes) {
        const timeline = this.timelines.get(sessionId);
        if (timeline && events.length) this.broadcast(sessionId, timeline.commit(events), timeline);
        if (events.length) this.published?.(sessionId, events);
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

  /** The state of a session held in memory now, without loading it. */
  state(sessionId: string): SessionState | undefined {
    return this.removing.has(sessionId) ? undefined : this.live.get(sessionId);
  }

  /** The session's state, loaded from the store and made live on first use; undefined when there is no such session. */
  load(sessionId: string): Promise<SessionState | undefined> {
    const live = this.state(sessionId);
    if (live || this.removing.has(sessionId)) {
      if (live) this.lastUsed.set(sessionId, performance.now());
      return Promise.resolve(live);
    }
    let loading = this.loading.get(sessionId);
    if (!loading) {
      loading = this.loadStored(sessionId).finally(() => this.loading.delete(sessionId));
      this.loading.set(sessionId, loading);
    }
    return loading;
  }

  private async loadStored(sessionId: string): Promise<SessionState | undefined> {
    const recent: ProjectedEvent[] = [];
    const state = await this.reader.read(sessionId, recent);
    if (!state || this.removing.has(sessionId)) return undefined;
    this.committer.reloaded(sessionId);
    this.live.set(sessionId, state);
    this.lastUsed.set(sessionId, performance.now());
    this.rows.rebuilt(sessionId, state);
    this.timelines.set(sessionId, new SessionTimeline(state, recent));
    return state;
  }

  /**
   * The session's state for reading (an export, a page). A decision reads `current` after this resolves: the value
   * a promise resolves with is the state of that moment, and another command may have moved it since.
   */
  async requireState(sessionId: string): Promise<SessionState> {
    return (await this.load(sessionId)) ?? fail('not_found', 'No such session');
  }

  /** The live state now, for a decision that appends at once; loaded first with `requireState`. */
  current(sessionId: string): SessionState {
    // Dropped from memory since it was loaded (a write of this session failed): the client asks again.
    return this.state(sessionId) ?? fail('unavailable', 'The workshop is being reloaded; try again');
  }

  /** The stored events of a session held in memory, projected: catch-ups and snapshots come from here. */
  currentTimeline(sessionId: string): SessionTimeline {
    this.current(sessionId);
    return this.timelines.get(sessionId)!;
  }

  /** The state without making the session live: listing every session must not keep them all in memory and ticking. */
  async peek(sessionId: string): Promise<SessionState | undefined> {
    return this.live.get(sessionId) ?? this.reader.read(sessionId);
  }

  /**
   * Stores a new session: its row and first event go through the group commit like every other event, with its
   * list row. It becomes live on first use.
   */
  async create(record: SessionRecord, first: SequencedEvent): Promise<void> {
    const listing = listingOf(evolve(blankSession(record.id), first));
    await this.committer.submit({ sessionId: record.id, created: record, events: [first], credentials: [], listing });
  }

  // The stored rows, for routes and sockets: the hub is their one way to the store.
  record = (sessionId: string): Promise<SessionRecord | undefined> => this.records.byIdOf(sessionId);
  recordByJoinCode = (joinCode: string): Promise<SessionRecord | undefined> => this.records.byCode(joinCode);
  /** A session's key changed in the store: its row (and key hash) is read afresh on next use. */
  forgetRecord = (sessionId: string): void => this.records.forget(sessionId);
  forgetRecords = (): void => this.records.forgetAll();
  /** Every stored session, newest first, with the list rows stored beside them. */
  storedSessions = async () => ({ records: await this.store.listSessions(), listings: await this.store.listings() });
  /** The stored status only (the list's column); the event that tells the open screens is the caller's. */
  setStoredStatus = (sessionId: string, status: SessionStatus): Promise<void> => this.records.setStatus(sessionId, status);
  /** Session ids with their day, for retention. */
  sessionDates = (): Promise<{ id: string; date: string }[]> => this.store.sessionDates();

  /** A consistent copy of the database into `file`, with every accepted write in it. */
  async backup(file: string): Promise<void> {
    if (!this.store.backup) fail('not_available', 'This store has no online backup; see docs/operations.md');
    await this.flushed();
    await this.store.backup(file);
  }

  /**
   * The organiser list's row of a session: from memory when it is live, else the stored row when it is up to date
   * with the stored events (one index look-up), else rebuilt once (from its checkpoint) and stored again.
   */
  async listing(sessionId: string, stored: SessionListing | undefined): Promise<SessionListing | undefined> {
    if (this.reader.isDamaged(sessionId)) throw new DomainError('damaged', 'An event of this session cannot be read');
    const live = this.live.get(sessionId);
    return live ? listingOf(live) : this.reader.listing(sessionId, stored);
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
    void this.storeListings(evicted);
    for (const sessionId of evicted) this.forget(sessionId);
    return evicted;
  }

  /** Stores the list rows of these live sessions (all of them by default), e.g. before a shutdown. */
  async storeListings(sessionIds: Iterable<string> = this.live.keys()): Promise<void> {
    await this.rows.storeListings([...sessionIds].flatMap((id) => this.live.get(id) ?? []));
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
      await this.store.deleteSession(sessionId);
      this.forget(sessionId);
      this.reader.forget(sessionId);
      this.committer.reloaded(sessionId);
    } finally {
      this.removing.delete(sessionId);
    }
  }

  /**
   * "Glem mig" after `participant:forgotten` is stored: the participant's id and name are rewritten out of the
   * stored log (no old copy left where the engine allows: see the store), their credential deleted, and caches
   * that held them dropped.
   */
  async eraseParticipant(sessionId: string, participantId: string): Promise<void> {
    await this.flushed();
    await this.store.eraseParticipant(sessionId, participantId, (event) => scrubbed(event, participantId));
    this.secretHashes.delete(`${sessionId}/${participantId}`);
    this.timelines.get(sessionId)?.dropCaches();
  }

  /**
   * Numbers the events, applies them, and resolves once they are durable and broadcast.
   * The in-memory state moves at once so the next command sees it; a failed commit drops the
   * session from memory so it is rebuilt from what was really stored (a StoreConflict: another node wrote first).
   * The session must be live (callers load it first, with nothing awaited between their decision and this call).
   */
  async append(
    sessionId: string,
    actor: string,
    events: DomainEvent[],
    now: number,
    credentials: Credential[] = [],
  ): Promise<SequencedEvent[]> {
    let state = this.state(sessionId) ?? fail('not_found', 'No such session');
    const timeline = this.timelines.get(sessionId)!;
    const sequenced: SequencedEvent[] = [];
    const add = (event: DomainEvent, by: string) => {
      const e = { seq: state.seq + 1, at: now, actor: by, event };
      const before = state;
      state = advance(state, e);
      timeline.accept(projectForAll(e, before, state), state);
      sequenced.push(e);
    };
    for (const event of events) add(event, actor);
    if (sequenced.length) for (const event of followUps(state, now)) add(event, 'system');
    this.live.set(sessionId, state);
    if (sequenced.length === 0 && credentials.length === 0) return sequenced;
    this.writing.set(sessionId, (this.writing.get(sessionId) ?? 0) + 1);
    try {
      await this.committer.submit({ sessionId, events: sequenced, credentials });
    } catch (error) {
      if (error instanceof StoreConflict) this.rewind(sessionId);
      else this.forget(sessionId);
      throw error;
    } finally {
      const left = (this.writing.get(sessionId) ?? 1) - 1;
      if (left > 0) this.writing.set(sessionId, left);
      else this.writing.delete(sessionId);
      if (left <= 0) this.follower.settled(sessionId);
    }
    return sequenced;
  }

  /** Waits until nothing accepted is still on its way to disk, so a snapshot holds only stored facts. */
  flushed(): Promise<void> {
    return this.committer.flushed();
  }

  /** Stored events after `since`, unprojected: the facilitator's catch-up when memory no longer holds them. */
  storedEventsSince(sessionId: string, since: number): Promise<SequencedEvent[]> {
    return this.store.events(sessionId, since);
  }

  async participantSecretHash(sessionId: string, participantId: string): Promise<string | undefined> {
    const key = `${sessionId}/${participantId}`;
    const cached = this.secretHashes.get(key);
    if (cached !== undefined) return cached;
    const stored = await this.store.participantSecretHash(sessionId, participantId);
    if (stored !== undefined) this.secretHashes.set(key, stored);
    return stored;
  }

  /** The secret hash held in memory (stored, or claimed by a join whose commit is on its way), without the store. */
  knownSecretHash(sessionId: string, participantId: string): string | undefined {
    return this.secretHashes.get(`${sessionId}/${participantId}`);
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

  /** Events another node stored (the bus): applied in seq order, a gap filled from the store. */
  followCommitted(sessionId: string, events: readonly SequencedEvent[]): void {
    this.follower.followCommitted(sessionId, events);
  }

  /** A live session caught up with what other nodes stored, once this node's own writes to it have settled. */
  catchUp(sessionId: string): Promise<void> {
    return this.follower.catchUp(sessionId);
  }

  /** Catches up these live sessions, all by default (after the bus was down: plain pub/sub drops what it could not deliver). */
  catchUpAll(sessionIds: Iterable<string> = [...this.timelines.keys()]): Promise<void> {
    return this.follower.catchUpAll(sessionIds);
  }

  /** Stored elsewhere and now applied here: the live state moves on and this node's sockets receive the events. */
  private applied(sessionId: string, state: SessionState, entries: ProjectedEvent[], timeline: SessionTimeline): void {
    this.live.set(sessionId, state);
    this.broadcast(sessionId, entries, timeline);
    // Erased on the node that stored it: nothing held here may still carry the participant's name or secret.
    for (const { full } of entries) {
      if (full.event.type !== 'participant:forgotten') continue;
      this.secretHashes.delete(`${sessionId}/${full.event.participantId}`);
      timeline.dropCaches();
    }
  }

  /**
   * Another node stored the seq this node meant to use: everything accepted here and not stored is dropped (the
   * group commit failed this session's later writes with it), the session goes back to what was stored, and
   * catches up once its writes have settled.
   */
  private rewind(sessionId: string): void {
    const timeline = this.timelines.get(sessionId);
    if (!timeline) return;
    timeline.dropPending();
    this.live.set(sessionId, timeline.committed);
    // Numbered from the stored state again: this session's next writes may be stored (see GroupCommit.failed).
    this.committer.reloaded(sessionId);
    this.follower.fellBehind(sessionId);
  }

  forget(sessionId: string): void {
    this.records.forget(sessionId);
    this.follower.forget(sessionId);
    this.live.delete(sessionId);
    this.timelines.delete(sessionId);
    this.lastUsed.delete(sessionId);
    this.rows.forget(sessionId);
    for (const key of this.secretHashes.keys()) if (key.startsWith(`${sessionId}/`)) this.secretHashes.delete(key);
  }
}
