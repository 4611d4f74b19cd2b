import { applyBatch, coveredTo } from '../projection/batch';
import { withOwnView } from '../projection/state';
import type { Fold } from '../fold';
import type { SessionState } from '../state';
import type { SyncPayload } from './join';

/** Kept apart from the join schema so the client can read a snapshot without loading zod. */
export function parseSnapshot(stateJson: string): SessionState {
  return JSON.parse(stateJson) as SessionState;
}

/** The state a join answer brings: the snapshot (with the participant's own view) or the held state, caught up. */
export function syncedState(current: SessionState | null | undefined, sync: SyncPayload, fold: Fold): SessionState | null {
  let base = current;
  if (sync.kind === 'snapshot') {
    const shared = parseSnapshot(sync.stateJson);
    base = sync.own ? withOwnView(shared, sync.own) : shared;
  }
  if (!base) return null;
  const caughtUp = applyBatch(base, { prev: base.seq, events: sync.events }, fold);
  return caughtUp && coveredTo(caughtUp, sync.to);
}
