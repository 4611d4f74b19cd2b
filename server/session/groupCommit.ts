// Group commit: everything submitted while the previous commit is on its way to disk is written in one
// transaction, so hundreds of phones cost one fsync, not hundreds. One commit at a time, so a session's events
// reach the database in their order; each session stands alone inside it (a savepoint per session).
import { StoreConflict } from '../store/failures';
import type { SessionWrite, Store } from '../store/types';
import { BUSY_COMMITS_PER_SECOND, COMMIT_GATHER_MS } from '../tuning';

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** What the next commit writes for one session, and who waits for it. */
interface Pending {
  write: SessionWrite;
  waiters: Waiter[];
}

export class GroupCommit {
  /** Writes submitted since the commit in flight started, by session, in the order they came. */
  private next = new Map<string, Pending>();
  private running: Promise<void> | null = null;
  /**
   * Sessions whose write failed: a later write was numbered on from events that were not stored, so it is refused
   * until the session is read again from the log (`reloaded`).
   */
  private readonly failed = new Set<string>();
  /** When the last `BUSY_COMMITS_PER_SECOND` commits started (performance.now()). */
  private readonly commitStarts: number[] = [];

  constructor(
    private readonly store: Store,
    /** Rows derived from each session's state as of its last event here (list row, checkpoint), written in the same savepoint. */
    private readonly derivedRows: (writes: SessionWrite[]) => Map<string, Pick<SessionWrite, 'listing' | 'checkpoint'>>,
    /** The writes that were stored, before their waiters hear so. */
    private readonly onCommitted: (writes: SessionWrite[]) => void,
  ) {}

  /** Resolves once `write` is durably stored and `onCommitted` has seen it; rejects with StoreConflict for its session alone. */
  submit(write: SessionWrite): Promise<void> {
    if (this.failed.has(write.sessionId)) return Promise.reject(new StoreConflict(write.sessionId));
    const pending = this.next.get(write.sessionId);
    if (pending) {
      pending.write.created ??= write.created;
      pending.write.events.push(...write.events);
      pending.write.credentials.push(...write.credentials);
    } else {
      this.next.set(write.sessionId, { write: { ...write, events: [...write.events], credentials: [...write.credentials] }, waiters: [] });
    }
    const promise = new Promise<void>((resolve, reject) => this.next.get(write.sessionId)!.waiters.push({ resolve, reject }));
    this.schedule();
    return promise;
  }

  /** The session was read again from the stored log (or deleted): its writes are numbered from what is stored. */
  reloaded(sessionId: string): void {
    this.failed.delete(sessionId);
  }

  /** Resolves when everything submitted so far is stored (or has failed). */
  async flushed(): Promise<void> {
    while (this.running) await this.running;
  }

  private schedule(): void {
    if (this.running) return;
    // The first write after a quiet spell waits one turn of the event loop, so its neighbours join it; while commits
    // come thick and fast, a few milliseconds (server/tuning.ts).
    const gather = this.busy() ? (resolve: () => void) => setTimeout(resolve, COMMIT_GATHER_MS) : (resolve: () => void) => setImmediate(resolve);
    this.running = new Promise<void>(gather).then(() => this.drain());
  }

  /** Whether `BUSY_COMMITS_PER_SECOND` commits started within the last second. */
  private busy(): boolean {
    const starts = this.commitStarts;
    return starts.length === BUSY_COMMITS_PER_SECOND && performance.now() - starts[0]! < 1000;
  }

  private noteCommit(): void {
    this.commitStarts.push(performance.now());
    if (this.commitStarts.length > BUSY_COMMITS_PER_SECOND) this.commitStarts.shift();
  }

  private async drain(): Promise<void> {
    try {
      while (this.next.size) {
        const batch = this.next;
        this.next = new Map();
        await this.flush(batch);
      }
    } finally {
      this.running = null;
    }
  }

  private async flush(batch: Map<string, Pending>): Promise<void> {
    this.noteCommit();
    const submitted = [...batch.values()].map((p) => p.write);
    const rows = this.derivedRows(submitted);
    const writes = submitted.map((write) => ({ ...write, ...rows.get(write.sessionId) }));
    let conflicted: string[];
    try {
      ({ conflicted } = await this.store.commit(writes));
    } catch (error) {
      for (const sessionId of batch.keys()) this.fail(batch, sessionId, error);
      return;
    }
    for (const sessionId of conflicted) this.fail(batch, sessionId, new StoreConflict(sessionId));
    this.onCommitted(writes.filter((w) => batch.has(w.sessionId)));
    for (const pending of batch.values()) for (const w of pending.waiters) w.resolve();
  }

  /**
   * Rejects a session's waiters. Its writes submitted meanwhile follow on from what was not stored, so they fail
   * with it: storing them would leave a gap in its sequence.
   */
  private fail(batch: Map<string, Pending>, sessionId: string, error: unknown): void {
    this.failed.add(sessionId);
    for (const source of [batch, this.next]) {
      for (const w of source.get(sessionId)?.waiters ?? []) w.reject(error);
      source.delete(sessionId);
    }
  }
}
