// Reading a session back from the store: its last checkpoint plus the events after it, folded. A session whose
// events cannot be read is remembered as damaged, so the organiser list can show it without reading it again.
import { DomainError } from '../../shared/errors';
import { advance, advanceAll } from './fold';
import { listingOf, type SessionListing } from '../../shared/session/listing';
import type { SequencedEvent } from '../../shared/events';
import type { SessionState } from '../../shared/state';
import type { SessionRows } from './sessionRows';
import type { Store } from '../store/types';
import { type ProjectedEvent, projectForAll } from './timeline';
import { RECENT_ON_LOAD } from '../tuning';


export class SessionReader {
  /**
   * Sessions whose events could not be read when they were opened. The list does not read events, so a damaged
   * row shows there once someone opened the session (and from the start if its list row was behind).
   */
  private readonly damaged = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly rows: SessionRows,
  ) {}

  isDamaged(sessionId: string): boolean {
    return this.damaged.has(sessionId);
  }

  /** The session is gone: nothing to remember about it. */
  forget(sessionId: string): void {
    this.damaged.delete(sessionId);
  }

  /**
   * The stored state, or undefined when there is no such session (or it was deleted while it was read: a session
   * always has its first event). With `recent`, the last events replayed are also projected for every kind of
   * screen (catch-ups come from them).
   */
  async read(sessionId: string, recent?: ProjectedEvent[]): Promise<SessionState | undefined> {
    if (!(await this.store.sessionById(sessionId))) return undefined;
    const state = await this.rebuild(sessionId, recent);
    return state.seq === 0 ? undefined : state;
  }

  /** A session not in memory: its stored list row when it is up to date with its events, else rebuilt and stored again. */
  async listing(sessionId: string, stored: SessionListing | undefined): Promise<SessionListing | undefined> {
    if (stored && stored.seq === (await this.store.lastSeq(sessionId))) return stored;
    const state = await this.read(sessionId);
    if (!state) return undefined;
    void this.rows.storeListings([state]);
    return listingOf(state);
  }

  private async rebuild(sessionId: string, recent?: ProjectedEvent[]): Promise<SessionState> {
    const start = await this.rows.start(sessionId);
    let events: SequencedEvent[];
    try {
      events = await this.store.events(sessionId, start.seq);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'damaged') this.damaged.add(sessionId);
      throw error;
    }
    try {
      return replay(start, events, recent);
    } catch (error) {
      // A stored event the reducer cannot fold (written by a fault, or by hand) damages its own session only.
      this.damaged.add(sessionId);
      console.error(`session ${sessionId} cannot be replayed:`, error instanceof Error ? error.message : 'unknown error');
      throw new DomainError('damaged', 'An event of this session cannot be replayed');
    }
  }
}

/** The events folded onto `start`; with `recent`, the last of them are also projected for every kind of screen. */
function replay(start: SessionState, events: readonly SequencedEvent[], recent?: ProjectedEvent[]): SessionState {
  if (!recent) return advanceAll(start, events);
  let state = start;
  events.forEach((event, i) => {
    const before = state;
    state = advance(state, event);
    if (i >= events.length - RECENT_ON_LOAD) recent.push(projectForAll(event, before, state));
  });
  return state;
}
