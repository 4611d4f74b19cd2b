// Group commit: everything submitted during one turn of the event loop is written in one transaction,
// so hundreds of phones cost one fsync, not hundreds.
import type { CommitBatch, Store } from './store/types';
import { SeqConflict } from './store/conflict';

interface Part {
  batch: CommitBatch;
  /** False once what this part holds may no longer be stored (its session was rewound or forgotten meanwhile). */
  isCurrent: () => boolean;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const always = () => true;

export class GroupCommit {
  private pending: Part[] | null = null;

  constructor(
    private readonly store: Store,
    /** Rows derived from the sessions' state after the batch (list rows, checkpoints), written in the same transaction. */
    private readonly derivedRows: (sessionIds: Set<string>) => Pick<CommitBatch, 'listings' | 'checkpoints'>,
    private readonly onCommitted: (batch: CommitBatch) => void,
  ) {}

  /** Resolves once `batch` is durably stored and `onCommitted` has seen it. */
  submit(batch: CommitBatch, isCurrent: () => boolean = always): Promise<void> {
    const pending = (this.pending ??= this.schedule());
    return new Promise((resolve, reject) => pending.push({ batch, isCurrent, resolve, reject }));
  }

  /** Resolves when everything submitted so far is stored (or has failed). */
  flushed(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.pending!.push({ batch: { events: [], credentials: [] }, isCurrent: always, resolve, reject: () => resolve() }));
  }

  private schedule(): Part[] {
    const pending: Part[] = [];
    setImmediate(() => this.flush(pending));
    return pending;
  }

  private flush(pending: Part[]): void {
    this.pending = null;
    const parts = pending.filter((part) => part.isCurrent() || (part.reject(new SeqConflict([...sessionsOf(part.batch)])), false));
    const batch: CommitBatch = { events: parts.flatMap((p) => p.batch.events), credentials: parts.flatMap((p) => p.batch.credentials) };
    try {
      this.store.commit({ ...batch, ...this.derivedRows(sessionsOf(batch)) });
    } catch (error) {
      for (const part of parts) part.reject(error);
      return;
    }
    this.onCommitted(batch);
    for (const part of parts) part.resolve();
  }
}

const sessionsOf = (batch: CommitBatch) => new Set(batch.events.map((e) => e.sessionId));
