// Group commit: everything submitted during one turn of the event loop is written in one transaction,
// so hundreds of phones cost one fsync, not hundreds.
import type { CommitBatch, Store } from './store/types';

interface Pending {
  batch: CommitBatch;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

export class GroupCommit {
  private pending: Pending | null = null;

  constructor(
    private readonly store: Store,
    /** Rows derived from the sessions' state after the batch (list rows, checkpoints), written in the same transaction. */
    private readonly derivedRows: (sessionIds: Set<string>) => Pick<CommitBatch, 'listings' | 'checkpoints'>,
    private readonly onCommitted: (batch: CommitBatch) => void,
  ) {}

  /** Resolves once `part` is durably stored and `onCommitted` has seen it. */
  submit(part: CommitBatch): Promise<void> {
    const pending = (this.pending ??= this.schedule());
    pending.batch.events.push(...part.events);
    pending.batch.credentials.push(...part.credentials);
    return new Promise((resolve, reject) => pending.waiters.push({ resolve, reject }));
  }

  /** Resolves when everything submitted so far is stored (or has failed). */
  flushed(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.pending!.waiters.push({ resolve, reject: () => resolve() }));
  }

  private schedule(): Pending {
    const pending: Pending = { batch: { events: [], credentials: [] }, waiters: [] };
    setImmediate(() => this.flush(pending));
    return pending;
  }

  private flush(pending: Pending): void {
    this.pending = null;
    try {
      const sessionIds = new Set(pending.batch.events.map((e) => e.sessionId));
      this.store.commit({ ...pending.batch, ...this.derivedRows(sessionIds) });
    } catch (error) {
      for (const w of pending.waiters) w.reject(error);
      return;
    }
    this.onCommitted(pending.batch);
    for (const w of pending.waiters) w.resolve();
  }
}
