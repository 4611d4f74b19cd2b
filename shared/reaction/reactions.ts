// The rules of reactions: which item a tap counts for, whether it may be sent, and the counts folded.
import { currentItem } from '../agenda/current';
import { fail } from '../errors';
import type { SessionState } from '../state';
import { type ReactionCounts, type ReactionKind, reactionKinds } from './kinds';
import type { ItemReactions, ReactionsState } from './types';

export const noReactions: ReactionsState = { off: false, offItems: [], counts: [] };

/** A state folded before reactions existed has none. */
export const reactionsOf = (state: SessionState): ReactionsState => state.reactions ?? noReactions;

export function reactionsOn(reactions: ReactionsState, itemId: string): boolean {
  return !reactions.off && !reactions.offItems.includes(itemId);
}

/** The item a tap sent now counts for; refused when no item is on or reactions are off for it. */
export function reactionItem(state: SessionState, now: number): string {
  const item = currentItem(state.agenda, now) ?? fail('wrong_phase', 'No programme item is on now');
  if (!reactionsOn(reactionsOf(state), item.id)) fail('reactions_off', 'Reactions are switched off now');
  return item.id;
}

export function addCounts(a: ReactionCounts, b: ReactionCounts): ReactionCounts {
  const sum: ReactionCounts = {};
  for (const kind of reactionKinds) {
    const n = (a[kind] ?? 0) + (b[kind] ?? 0);
    if (n > 0) sum[kind] = n;
  }
  return sum;
}

export function countsFor(reactions: ReactionsState, itemId: string): ReactionCounts {
  return reactions.counts.find((c) => c.itemId === itemId)?.counts ?? {};
}

export const totalOf = (counts: ReactionCounts): number => reactionKinds.reduce((sum, kind: ReactionKind) => sum + (counts[kind] ?? 0), 0);

export function withCounted(reactions: ReactionsState, itemId: string, counts: ReactionCounts): ReactionsState {
  const found = reactions.counts.some((c) => c.itemId === itemId);
  const next: ItemReactions[] = found
    ? reactions.counts.map((c) => (c.itemId === itemId ? { itemId, counts: addCounts(c.counts, counts) } : c))
    : [...reactions.counts, { itemId, counts: addCounts({}, counts) }];
  return { ...reactions, counts: next };
}

export function withSwitched(reactions: ReactionsState, itemId: string | null, enabled: boolean): ReactionsState {
  if (itemId === null) return { ...reactions, off: !enabled };
  const others = reactions.offItems.filter((id) => id !== itemId);
  return { ...reactions, offItems: enabled ? others : [...others, itemId] };
}
