// What the reducer makes of reaction events (evolve.ts) needs only this: kept small, every phone loads it first.
import type { SessionState } from '../state';
import type { ReactionsState } from './types';

/** A state folded before reactions existed has none. */
export const reactionsOf = (state: SessionState): ReactionsState => state.reactions ?? { off: false, offItems: [], counts: [] };
