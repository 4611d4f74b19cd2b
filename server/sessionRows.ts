// What the store keeps beside each session's events, derived from its state: the organiser list's row and a
// checkpoint of the whole state. Both spare a replay of the history: the list never folds events, and a rebuild
// folds only those after the last checkpoint.
import { blankSession } from '../shared/session/evolve';
import { listingOf } from '../shared/session/listing';
import { parseSnapshot } from '../shared/session/snapshot';
import type { SessionState } from '../shared/state';
import type { CommitBatch, Store } from './store/types';

/**
 * A checkpoint of the whole state is stored every this many events, so a rebuild folds at most this many.
 * Folding copies the idea list per idea event: from the first event of a 20,000-idea board that is quadratic.
 */
export const CHECKPOINT_EVERY = 1000;
/**
 * A live session's list row is stored at most this often (counting it walks every vote on the board); the list
 * reads live sessions from memory, and a row left behind by a crash is noticed by its seq and made again.
 */
const LISTING_EVERY_MS = 5_000;

export class SessionRows {
  /** The sequence number of each live session's last stored checkpoint. */
  private readonly checkpointSeq = new Map<string, number>();
  /** When each live session's list row was last stored (monotonic ms). */
  private readonly listedAt = new Map<string, number>();

  constructor(private readonly store: Store) {}

  /** Where a rebuild starts: the last checkpoint, or the blank session when there is none or it cannot be read. */
  start(sessionId: string): SessionState {
    const checkpoint = this.store.checkpoint(sessionId);
    let start = blankSession(sessionId);
    try {
      if (checkpoint) start = parseSnapshot(checkpoint.stateJson);
    } catch {
      // An unreadable checkpoint only costs time: the events are the truth, folded from the first.
    }
    this.checkpointSeq.set(sessionId, start.seq);
    return start;
  }

  /** After a rebuild that folded a long log (stored before checkpoints were kept): checkpoint it now, once. */
  rebuilt(sessionId: string, state: SessionState): void {
    if (state.seq - (this.checkpointSeq.get(sessionId) ?? 0) < CHECKPOINT_EVERY) return;
    if (this.write({ checkpoints: [{ sessionId, seq: state.seq, stateJson: JSON.stringify(state) }] })) this.checkpointSeq.set(sessionId, state.seq);
  }

  /** The rows due with a commit, as of its last event; `cachedJson` is the state's JSON when already made. */
  due(sessions: Iterable<[string, SessionState, string | undefined]>): Pick<CommitBatch, 'listings' | 'checkpoints'> {
    const listings = [];
    const checkpoints = [];
    const now = performance.now();
    for (const [sessionId, state, cachedJson] of sessions) {
      if (now - (this.listedAt.get(sessionId) ?? -Infinity) >= LISTING_EVERY_MS) {
        listings.push(listingOf(state));
        this.listedAt.set(sessionId, now);
      }
      if (state.seq - (this.checkpointSeq.get(sessionId) ?? 0) >= CHECKPOINT_EVERY) {
        checkpoints.push({ sessionId, seq: state.seq, stateJson: cachedJson ?? JSON.stringify(state) });
        this.checkpointSeq.set(sessionId, state.seq);
      }
    }
    return { listings, checkpoints };
  }

  /** Stores these sessions' list rows now (a session leaving memory, a shutdown). */
  storeListings(states: SessionState[]): void {
    if (states.length) this.write({ listings: states.map(listingOf) });
  }

  /**
   * Rows written on their own are a convenience, never a reason to fail: on a full disk or a read-only database
   * the session still loads, leaves memory and shuts down; a row missing or behind is noticed by its seq and made
   * again later.
   */
  private write(rows: Pick<CommitBatch, 'listings' | 'checkpoints'>): boolean {
    try {
      this.store.commit({ events: [], credentials: [], ...rows });
      return true;
    } catch {
      return false;
    }
  }

  forget(sessionId: string): void {
    this.checkpointSeq.delete(sessionId);
    this.listedAt.delete(sessionId);
  }
}
