// How a screen keeps in step with a stream from which events it may not see are left out.
import type { SequencedEvent } from '../events';
import type { Fold } from '../fold';
import type { SessionState } from '../state';

/**
 * A live broadcast. `prev` is the seq of the last event this screen was sent before this batch: everything
 * between it and the first event here was none of this screen's business. A screen that holds less than `prev`
 * missed a batch and resyncs; one that holds `prev` or more is complete, whatever seq numbers it never saw.
 */
export interface EventBatch {
  prev: number;
  events: SequencedEvent[];
}

/** The state with the batch applied, or null when the batch shows that something was missed. */
export function applyBatch(state: SessionState, batch: EventBatch, fold: Fold): SessionState | null {
  if (batch.prev > state.seq) return null;
  const fresh = batch.events.filter((e) => e.seq > state.seq);
  return fresh.length ? fold(state, fresh) : state;
}

/** After a catch-up the screen holds everything up to `to`, also when the last events were not for it. */
export function coveredTo(state: SessionState, to: number): SessionState {
  return state.seq >= to ? state : { ...state, seq: to };
}
