import type { ItemReactions } from './types';

/** Both carry what they make, so folding them is a replacement: the few bytes every phone's reducer carries. */
export type ReactionEvent =
  /** Every item's counts after the taps the server gathered over a fraction of a second: never one event per tap. */
  | { type: 'reaction:counted'; counts: ItemReactions[] }
  /** The switches after the facilitator turned reactions on or off for an item or for the whole day. */
  | { type: 'reaction:switched'; off: boolean; offItems: string[] };
