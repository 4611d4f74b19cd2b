// The rules of reactions: which item a tap counts for, whether reactions are on, and what was counted.
import { currentItem } from '../agenda/current';
import { fail } from '../errors';
import type { SessionState } from '../state';
import { reactionsOf } from './fold';
import { type ReactionCounts, reactionKinds } from './kinds';
import type { ItemReactions, ReactionsState } from './types';

export function reactionsOn(reactions: ReactionsState, itemId: string): boolean {
  return !reactions.off && !reactions.offItems.includes(itemId);
}

/** The item a tap sent now counts for; refused when no item is on or reactions are off for it. */
export function reactionItem(state: SessionState, now: number): string {
  const item = currentItem(state.agenda, now) ?? fail('wrong_phase', 'No programme item is on now');
  if (!reactionsOn(reactionsOf(state), item.id)) fail('reactions_off', 'Reactions are switched off now');
  return item.id;
}

export function countsFor(reactions: ReactionsState, itemId: string): ReactionCounts {
  return reactions.counts.find((c) => c.itemId === itemId)?.counts ?? {};
}

export const totalOf = (counts: ReactionCounts): number => reactionKinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);

export function addCounts(a: ReactionCounts, b: ReactionCounts): ReactionCounts {
  const sum: ReactionCounts = {};
  for (const kind of reactionKinds) if ((a[kind] ?? 0) + (b[kind] ?? 0) > 0) sum[kind] = (a[kind] ?? 0) + (b[kind] ?? 0);
  return sum;
}

/** The counts of every item with the gathered taps of some items added. */
export function withGathered(counts: readonly ItemReactions[], gathered: ReadonlyMap<string, ReactionCounts>): ItemReactions[] {
  const added = counts.map((c) => (gathered.has(c.itemId) ? { itemId: c.itemId, counts: addCounts(c.counts, gathered.get(c.itemId)!) } : c));
  for (const [itemId, taps] of gathered) if (!counts.some((c) => c.itemId === itemId)) added.push({ itemId, counts: addCounts({}, taps) });
  return added;
}
