// Where an idea sits in the board's array, found without scanning: a vote on a 10,000-idea board must cost what
// it costs on a 1,000-idea one. A memo beside the immutable arrays, never part of the state: every answer is
// checked against the array itself, and a wrong or missing one falls back to a scan.
import type { Idea } from './types';

const positions = new WeakMap<readonly Idea[], Map<string, number>>();

function positionsOf(ideas: readonly Idea[]): Map<string, number> {
  let map = positions.get(ideas);
  if (!map) {
    map = new Map(ideas.map((idea, index) => [idea.id, index]));
    positions.set(ideas, map);
  }
  return map;
}

/** The index of the idea with `id`, or -1. */
export function indexOfIdea(ideas: readonly Idea[], id: string): number {
  const index = positionsOf(ideas).get(id);
  if (index !== undefined && ideas[index]?.id === id) return index;
  // Not there, or a map shared with a sibling array that went another way: the array itself decides.
  return index === undefined && positions.get(ideas)!.size === ideas.length ? -1 : ideas.findIndex((idea) => idea.id === id);
}

/** `next` keeps every idea of `ideas` at the same place (one replaced, or one appended): it can share the map. */
export function samePlaces(ideas: readonly Idea[], next: readonly Idea[], appended?: Idea): void {
  const map = positions.get(ideas);
  if (!map) return;
  if (appended) map.set(appended.id, next.length - 1);
  positions.set(next, map);
}
