import type { EvolverMap } from '../evolve';
import type { SimilarEvent } from './events';

export const similarEvolvers: EvolverMap<SimilarEvent> = {
  // Kept small: every phone's first load carries the reducer, though only the console receives this event.
  'similar:dismissed': (s, e) => {
    const similar = s.similar ?? { ideas: [], questions: [] };
    return { ...s, similar: { ...similar, [e.scope]: [...similar[e.scope], e.ids] } };
  },
};
