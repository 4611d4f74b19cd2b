// The live sessions: authoritative state in memory, rebuilt from the event log on first use. Loading a session is
// asynchronous (the store may be a database server); once live, its state is read and moved synchronously, so a
// command decides and appends on the same state without another command slipping in between.
import { DomainError, fail } from '../../shared/errors';
import type { DomainEvent, SequencedEvent } from '../../shared/events';
import { evolve } from '../../shared/evolve';
import { SessionReader } from './sessionReader';
import { SessionRecords } from './sessionRecords';
import { followUps } from '../../shared/policies';
import type { SessionState } from '../../shared/state';
import { erased } from '../../shared/eventKinds/erasure';
import { listingOf, type SessionListing } from '../../shared/session/listing';
import { blankSession } from '../../shared/session/evolve';
import { GroupCommit } from './groupCommit';
import { idleSessions, type IsWatched, sessionsOverBudget } from './eviction';
import { SecretHashes } from './secretHashes';
import { StoreConflict } from '../store/failures';
import { accept, erasedFrom, type Live, liveSession, LiveSessions } from './liveSession';
import { type Replication, type ReplicatedSessions, singleNode } from './replication';
import { SessionRows } from './sessionRows';
import type { Credential, SessionRecord, Store } from '../store/types';
import { type ProjectedEvent, SessionTimeline } from './timeline';

/** Hands stored events, projected for every kind of screen, to the sockets (server/socket/fanout.ts). */
export type Broadcast = (sessionId: string, events: ProjectedEvent[], timeline: SessionTimeline) => void;

export class SessionHub {
  /** Every session in memory, in its phase: loading, live, removing. */
  private readonly sessions = new LiveSessions((sessionId, { state }) => {
    this.committer.reloaded(sessionId);
    this.rows.rebuilt(sessionId, state);
  });
  /** The stored rows of sessions, for routes and sockets: the hub is their one way to the store. */
  readonly records: SessionRecords;
  /** List rows and checkpoints kept beside the events. */
  private readonly rows: SessionRows;
  private readonly committer: GroupCommit;
  private readonly reader: SessionReader;
  /** Other nodes writing the same sessions (REDIS_URL; server/cluster/): told of every commit, caught up from. */
  private replication: Replication = singleNode;
  /** What a replication may use of the live sessions. */
  readonly replicated: ReplicatedSessions;
  /** Participants' secret hashes, held with the live session. */
  readonly secrets: SecretHashes;

  constructor(
    private readonly store: Store,
    private readonly broadcast: Broadcast,
  ) {
    this.rows = new SessionRows(store);
    this.reader = new SessionReader(store, this.rows);
    this.records = new SessionRecords(store);
    this.secrets = new SecretHashes(store, (sessionId) => this.live(sessionId));
    this.replicated = {
      timeline: (sessionId) => this.live(sessionId)?.timeline,
      isWriting: (sessionId) => (this.live(sessionId)?.writing ?? 0) > 0,
      flushed: () => this.flushed(),
      storedEvents: (sessionId, afterSeq) => this.store.events(sessionId, afterSeq),
      applied: (sessionId, state, entries, timeline) => this.applied(sessionId, state, entries, timeline),
      forget: (sessionId) => this.forget(sessionId),
      liveSessionIds: () => this.liveSessionIds(),
    };
    this.committer = new GroupCommit(store, (writes) => this.rows.due(writes, (id) => this.live(id)?.state), (writes) => {
      // One broadcast per session per commit: a burst of writes reaches each phone as one message.
      for (const { sessionId, events } of writes) {
        const timeline = this.live(sessionId)?.timeline;
        if (timeline && events.length) this.broadcast(sessionId, timeline.commit(events), timeline);
        if (events.length) this.replication.committed(sessionId, events);
      }
    });
  }

  /** Other nodes write the same sessions: this node tells them of its commits and follows theirs. */
  replicateWith(replication: Replication): void {
    this.replication = replication;
  }

  private live(sessionId: string): Live | undefined {
    return this.sessions.live(sessionId);
  }

  /** The sessions held in memory now (idle ones leave, see evictIdle). */
  liveSessionIds(): string[] {
    return this.sessions.liveIds();
  }

  /** The state of a session held in memory now, without loading it. */
  state(sessionId: string): SessionState | undefined {
    return this.live(sessionId)?.state;
  }

  /** The session's state, loaded from the store and made live on first use; undefined when there is no such session. */
  load(sessionId: string): Promise<SessionState | undefined> {
    return this.sessions.load(sessionId, () => this.loadStored(sessionId));
  }

  private async loadStored(sessionId: string): Promise<Live | undefined> {
    const recent: ProjectedEvent[] = [];
    const state = await this.reader.read(sessionId, recent);
    return state && liveSession(state, new SessionTimeline(state, recent));
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
    return this.live(sessionId)!.timeline;
  }

  /** The state without making the session live: listing every session must not keep them all in memory and ticking. */
  async peek(sessionId: string): Promise<SessionState | undefined> {
    return this.live(sessionId)?.state ?? this.reader.read(sessionId);
  }

  /**
   * Stores a new session: its row and first event go through the group commit like every other event, with its
   * list row. It becomes live on first use.
   */
  async create(record: SessionRecord, first: SequencedEvent): Promise<void> {
    const listing = listingOf(evolve(blankSession(record.id), first));
    await this.committer.submit({ sessionId: record.id, created: record, events: [first], credentials: [], listing });
  }

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
    const live = this.live(sessionId);
    return live ? listingOf(live.state) : this.reader.listing(sessionId, stored);
  }

  /**
   * Drops from memory the sessions nobody uses (server/session/eviction.ts). The tick only runs over live sessions
   * and every session it appends to counts as writing, so the two never act on the same session at once.
   */
  evictIdle(idleMs: number, isWatched: IsWatched, now: number): string[] {
    return this.evict(idleSessions(this.sessions.lives(), idleMs, isWatched, now));
  }

  /** Drops sessions until the live ones fit in `budgetBytes`; one writing or timed stays. */
  evictOverBudget(budgetBytes: number, isWatched: IsWatched, now: number): string[] {
    return this.evict(sessionsOverBudget(this.sessions.lives(), budgetBytes, isWatched, now));
  }

  private evict(sessionIds: string[]): string[] {
    // Their list rows as they leave, so the organiser list finds them up to date.
    void this.storeListings(sessionIds);
    for (const sessionId of sessionIds) this.forget(sessionId);
    return sessionIds;
  }

  /** Stores the list rows of these live sessions (all of them by default), e.g. before a shutdown. */
  async storeListings(sessionIds: Iterable<string> = this.liveSessionIds()): Promise<void> {
    await this.rows.storeListings([...sessionIds].flatMap((id) => this.live(id)?.state ?? []));
  }

  /** Whether the session is held in memory now (without loading it). */
  isLive(sessionId: string): boolean {
    return this.live(sessionId) !== undefined;
  }

  /** Deletes a session and every stored row of it, after any write already accepted for it has landed. */
  async remove(sessionId: string): Promise<void> {
    await this.sessions.removing(sessionId, async () => {
      this.letGo(sessionId);
      await this.flushed();
      await this.store.deleteSession(sessionId);
      this.letGo(sessionId);
      this.reader.forget(sessionId);
      this.committer.reloaded(sessionId);
    });
  }

  /**
   * "Glem mig" after `participant:forgotten` is stored: the participant's id and name are rewritten out of the
   * stored log (no old copy left where the engine allows: see the store), their credential deleted, and caches
   * that held them dropped.
   */
  async eraseParticipant(sessionId: string, participantId: string): Promise<void> {
    await this.flushed();
    await this.store.eraseParticipant(sessionId, participantId, (event) => erased(event, participantId));
    const live = this.live(sessionId);
    if (live) erasedFrom(live, participantId);
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
    const session = this.live(sessionId) ?? fail('not_found', 'No such session');
    const sequenced = accept(session, actor, events, now);
    if (sequenced.length === 0 && credentials.length === 0) return sequenced;
    session.writing++;
    try {
      await this.committer.submit({ sessionId, events: sequenced, credentials });
    } catch (error) {
      if (error instanceof StoreConflict) this.rewind(sessionId);
      else this.forget(sessionId);
      throw error;
    } finally {
      session.writing--;
      if (session.writing <= 0) this.replication.settled(sessionId);
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

  /** Runs the follow-up policies of every live session against the clock (clock-mode agenda, timers). */
  tick(now: number): void {
    for (const [sessionId, { state }] of this.sessions.lives()) {
      const events = followUps(state, now);
      // A refusal to write (disk full, read-only) is tried again next tick; /readyz reports it, no need to log each second.
      if (events.length) this.append(sessionId, 'system', events, now).catch((e) => e instanceof DomainError || console.error('tick failed', e));
    }
  }

  /** A live session caught up with what other nodes stored, once this node's own writes to it have settled. */
  catchUp(sessionId: string): Promise<void> {
    return this.replication.catchUp(sessionId);
  }

  /** Stored elsewhere and now applied here: the live state moves on and this node's sockets receive the events. */
  private applied(sessionId: string, state: SessionState, entries: ProjectedEvent[], timeline: SessionTimeline): void {
    const session = this.live(sessionId);
    if (!session) return;
    session.state = state;
    this.broadcast(sessionId, entries, timeline);
    // Erased on the node that stored it: nothing held here may still carry the participant's name or secret.
    for (const { full } of entries) if (full.event.type === 'participant:forgotten') erasedFrom(session, full.event.participantId, timeline);
  }

  /**
   * Another node stored the seq this node meant to use: everything accepted here and not stored is dropped (the
   * group commit failed this session's later writes with it), the session goes back to what was stored, and
   * catches up once its writes have settled.
   */
  private rewind(sessionId: string): void {
    const session = this.live(sessionId);
    if (!session) return;
    session.timeline.dropPending();
    session.state = session.timeline.committed;
    // Numbered from the stored state again: this session's next writes may be stored (see GroupCommit.failed).
    this.committer.reloaded(sessionId);
    this.replication.fellBehind(sessionId);
  }

  /** The session leaves memory (a session being removed keeps its place until the delete is done). */
  forget(sessionId: string): void {
    this.sessions.forget(sessionId);
    this.letGo(sessionId);
  }

  /** What is kept of a session beside it: its stored row, its list row's bookkeeping, its replication. */
  private letGo(sessionId: string): void {
    this.records.forget(sessionId);
    this.rows.forget(sessionId);
    this.replication.forget(sessionId);
  }
}
