// The live sessions: authoritative state in memory, rebuilt from the event log on first use.
import { DomainError } from '../shared/errors';
import type { DomainEvent, SequencedEvent } from '../shared/events';
import { evolve, evolveAll } from '../shared/evolve';
import { followUps } from '../shared/policies';
import type { SessionState } from '../shared/state';
import { clockIsRunning } from '../shared/agenda/policies';
import { listingOf, type SessionListing } from '../shared/session/listing';
import { GroupCommit } from './groupCommit';
import { SessionRows } from './sessionRows';
import type { Credential, Store } from './store/types';

const MAX_SNAPSHOT_LAG = 200;
const RECENT_EVENTS = 1000;

export type Broadcast = (sessionId: string, events: SequencedEvent[]) => void;

export class SessionHub {
  private readonly live = new Map<string, SessionState>();
  private readonly snapshots = new Map<string, { seq: number; json: string }>();
  /** The last events of each session, so catching up rarely reads the database. */
  private readonly recent = new Map<string, SequencedEvent[]>();
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
        this.remember(sessionId, sequenced);
        this.broadcast(sessionId, sequenced);
      }
    });
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
    const state = this.rebuild(sessionId);
    this.live.set(sessionId, state);
    this.lastUsed.set(sessionId, performance.now());
    this.rows.rebuilt(sessionId, state);
    return state;
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

  /** The last checkpoint plus the events after it. A session found damaged is remembered for the organiser list. */
  private rebuild(sessionId: string): SessionState {
    const start = this.rows.start(sessionId);
    try {
      return evolveAll(start, this.store.events(sessionId, start.seq));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'damaged') this.damaged.add(sessionId);
      throw error;
    }
  }

  /** The live state of these sessions, with its JSON when the snapshot cache holds it at the same seq. */
  private *liveOnes(sessionIds: Iterable<string>): Generator<[string, SessionState, string | undefined]> {
    for (const sessionId of sessionIds) {
      const state = this.live.get(sessionId);
      const cached = this.snapshots.get(sessionId);
      if (state) yield [sessionId, state, cached?.seq === state.seq ? cached.json : undefined];
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
    const sequenced: SequencedEvent[] = [];
    const add = (event: DomainEvent, by: string) => {
      const e = { seq: state.seq + 1, at: now, actor: by, event };
      state = evolve(state, e);
      sequenced.push(e);
    };
    for (const event of events) add(event, actor);
    if (sequenced.length) for (const event of followUps(state, now)) add(event, 'system');
    this.live.set(sessionId, state);
    if (sequenced.length === 0 && credentials.length === 0) return sequenced;
    this.writing.set(sessionId, (this.writing.get(sessionId) ?? 0) + 1);
    try {
      await this.committer.submit({ events: sequenced.map((event) => ({ sessionId, event })), credentials });
    } catch (error) {
      this.forget(sessionId);
      throw error;
    } finally {
      const left = (this.writing.get(sessionId) ?? 1) - 1;
      if (left > 0) this.writing.set(sessionId, left);
      else this.writing.delete(sessionId);
    }
    return sequenced;
  }

  /** Waits until nothing accepted is still on its way to disk, so a snapshot holds only stored facts. */
  flushed(): Promise<void> {
    return this.committer.flushed();
  }

  /**
   * A snapshot for a joining client: the cached JSON if it is recent enough, plus the events since.
   * During a join storm every join adds an event; re-serialising a 1,000-idea board each time would
   * cost more than everything else the join does.
   */
  snapshot(sessionId: string): { stateJson: string; events: SequencedEvent[] } {
    const state = this.requireState(sessionId);
    const cached = this.snapshots.get(sessionId);
    if (cached && state.seq - cached.seq <= MAX_SNAPSHOT_LAG) {
      const events = this.eventsSince(sessionId, cached.seq);
      if (events.length === state.seq - cached.seq) return { stateJson: cached.json, events };
    }
    const json = JSON.stringify(state);
    this.snapshots.set(sessionId, { seq: state.seq, json });
    return { stateJson: json, events: [] };
  }

  /** Stored events after `since`, from memory when it still holds them. */
  eventsSince(sessionId: string, since: number): SequencedEvent[] {
    const recent = this.recent.get(sessionId);
    if (recent?.length && recent[0]!.seq <= since + 1) return recent.filter((e) => e.seq > since);
    return this.store.events(sessionId, since);
  }

  private remember(sessionId: string, events: SequencedEvent[]): void {
    const recent = this.recent.get(sessionId) ?? [];
    recent.push(...events);
    if (recent.length > RECENT_EVENTS * 2) recent.splice(0, recent.length - RECENT_EVENTS);
    this.recent.set(sessionId, recent);
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
    this.lastUsed.delete(sessionId);
    this.rows.forget(sessionId);
    this.snapshots.delete(sessionId);
    this.recent.delete(sessionId);
    for (const key of this.secretHashes.keys()) if (key.startsWith(`${sessionId}/`)) this.secretHashes.delete(key);
  }
}
