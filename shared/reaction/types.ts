import type { ReactionCounts } from './kinds';

/** The taps counted during one programme item: how the room took that talk. */
export interface ItemReactions {
  itemId: string;
  counts: ReactionCounts;
}

/**
 * Reactions of the day. Anonymous by construction: a tap is counted, never stored with who sent it, so "Glem mig"
 * has nothing here to erase.
 */
export interface ReactionsState {
  /** Switched off for the whole day by the facilitator. */
  off: boolean;
  /** Items whose reactions the facilitator switched off. */
  offItems: string[];
  /** Counts per item, in the order items were first reacted to. The phones are not sent them. */
  counts: ItemReactions[];
}
