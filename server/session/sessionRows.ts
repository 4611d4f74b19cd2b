// What the store keeps beside each session's events, derived from its state: the organiser list's row and a
// checkpoint of the whole state. Both spare a replay of the history: the list never folds events, and a rebuild
// folds only those after the last checkpoint.
import { blankSession } from '../../shared/session/evolve';
import { listingOf } from '../../shared/session/listing';
import { parseSnapshot } from '../../shared/session/snapshot';
import type { SessionState } from '../../shared/state';
import { STATE_VERSION } from '../../shared/stateVersion';
import type { SessionWrite, Store } from '../store/types';
import { CHECKPOINT_EVERY, LISTING_EVERY_MS } from '../tuning';

type Rows = Pick<SessionWrite, 'listing' | 'checkpoint'>;

const checkpointOf = (state: SessionState) => ({ sessionId: state.id, seq: state.seq, stateJson: JSON.stringify(state), stateVersion: STATE_VERSION });


export class SessionRows {
  /** The sequence number of each live session's last stored checkpoint. */
  private readonly checkpointSeq = new Map<string, number>();
  /** When each live session's list row was last stored (monotonic ms). */
  private readonly listedAt = new Map<string, number>();

  constructor(private readonly store: Store) {}

  /**
   * Where a rebuild starts: the last checkpoint, or the blank session when there is none, it cannot be read or it
   * holds a state of another version (another release's reducer made it: only the events are trusted).
   */
  async start(sessionId: string): Promise<SessionState> {
    const checkpoint = await this.store.checkpoint(sessionId);
    let start = blankSession(sessionId);
    try {
      if (checkpoint?.stateVersion === STATE_VERSION) start = parseSnapshot(checkpoint.stateJson);
    } catch {
      // An unreadable checkpoint only costs time: the events are the truth, folded from the first.
    }
    this.checkpointSeq.set(sessionId, start.seq);
    return start;
  }

  /** After a rebuild that folded a long log (stored before checkpoints were kept): checkpoint it now, once. */
  rebuilt(sessionId: string, state: SessionState): void {
    if (state.seq - (this.checkpointSeq.get(sessionId) ?? 0) < CHECKPOINT_EVERY) return;
    this.checkpointSeq.set(sessionId, state.seq);
    void this.write([{ sessionId, checkpoint: checkpointOf(state) }]);
  }

  /**
   * The rows due with a commit, from the live state of the sessions whose last accepted event is the last one of
   * their write: rows derived from a state that is further on would describe events not stored yet.
   */
  due(writes: SessionWrite[], liveState: (sessionId: string) => SessionState | undefined): Map<string, Rows> {
    const due = new Map<string, Rows>();
    const now = performance.now();
    for (const { sessionId, events } of writes) {
      const state = liveState(sessionId);
      if (!state || !events.length || state.seq !== events.at(-1)!.seq) continue;
      const rows: Rows = {};
      if (now - (this.listedAt.get(sessionId) ?? -Infinity) >= LISTING_EVERY_MS) {
        rows.listing = listingOf(state);
        this.listedAt.set(sessionId, now);
      }
      if (state.seq - (this.checkpointSeq.get(sessionId) ?? 0) >= CHECKPOINT_EVERY) {
        rows.checkpoint = checkpointOf(state);
        this.checkpointSeq.set(sessionId, state.seq);
      }
      if (rows.listing || rows.checkpoint) due.set(sessionId, rows);
    }
    return due;
  }

  /** Stores these sessions' list rows now (a session leaving memory, a shutdown). */
  storeListings(states: SessionState[]): Promise<boolean> {
    return this.write(states.map((state) => ({ sessionId: state.id, listing: listingOf(state) })));
  }

  /**
   * Rows written on their own are a convenience, never a reason to fail: on a full disk or a read-only database
   * the session still loads, leaves memory and shuts down; a row missing or behind is noticed by its seq and made
   * again later.
   */
  private async write(rows: (Rows & { sessionId: string })[]): Promise<boolean> {
    if (!rows.length) return true;
    try {
      await this.store.commit(rows.map((r) => ({ events: [], credentials: [], ...r })));
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
