import type { ReactionCounts } from './kinds';

export type ReactionEvent =
  /** Taps counted by the server over a fraction of a second, stored as one event: never one event per tap. */
  | { type: 'reaction:counted'; itemId: string; counts: ReactionCounts }
  /** Switched on or off for one item, or (`itemId` null) for the whole day. */
  | { type: 'reaction:switched'; itemId: string | null; enabled: boolean };
