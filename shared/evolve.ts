// The one reducer: server and clients fold the same events into the same SessionState. This one also keeps the
// facilitator's undo list (undo/record.ts), as the server and the console do; a phone folds with fold.ts alone.
import type { SequencedEvent } from './events';
import { applied, type Fold } from './fold';
import type { SessionState } from './state';
import { recordUndo } from './undo/record';

export type { Evolver, EvolverMap, Fold } from './fold';

export function evolve(state: SessionState, sequenced: SequencedEvent): SessionState {
  return { ...recordUndo(state, applied(state, sequenced), sequenced.event, sequenced.seq), seq: sequenced.seq };
}

export const evolveAll: Fold = (state, events) => events.reduce(evolve, state);
