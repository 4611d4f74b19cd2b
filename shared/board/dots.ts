// Dots per participant, kept beside the ideas so checking a vote's budget is one look-up, not a scan of the board.
import { ownValue, withEntry, withoutEntry } from '../records';
import type { BoardState, Idea } from './types';

/** The key of dots (and the author) that must not be traced to a participant: see Idea.votes. */
export const OTHERS = '*';

/** A copy with `key` holding a positive count, or without `key` when the count is none. */
export function withCount(record: Readonly<Record<string, number>>, key: string, count: number): Record<string, number> {
  return count > 0 ? withEntry(record, key, count) : withoutEntry(record, key);
}

/** Dots per participant counted from the ideas: for boards that came without the count (older logs, imports). */
export function countDots(ideas: readonly Idea[]): Record<string, number> {
  let dots: Record<string, number> = {};
  for (const idea of ideas) {
    for (const [participantId, n] of Object.entries(idea.votes)) {
      if (participantId !== OTHERS) dots = withCount(dots, participantId, (ownValue(dots, participantId) ?? 0) + n);
    }
  }
  return dots;
}

export function withDotCount(board: BoardState): BoardState {
  return board.dots ? board : { ...board, dots: countDots(board.ideas) };
}

/** Dots this participant has placed across the board, from the kept count. */
export function dotsOf(board: BoardState, participantId: string): number | undefined {
  return board.dots && (ownValue(board.dots, participantId) ?? 0);
}

/** The board with `delta` dots more for this participant. */
export function addDots(board: BoardState, participantId: string, delta: number): BoardState {
  if (participantId === OTHERS || delta === 0) return board;
  const dots = board.dots ?? countDots(board.ideas);
  return { ...board, dots: withCount(dots, participantId, (ownValue(dots, participantId) ?? 0) + delta) };
}

/** The board without the dots that lay on `idea` (deleted, rejected). */
export function dropDotsOf(board: BoardState, idea: Idea | undefined): BoardState {
  if (!idea) return board;
  let next = board;
  for (const [participantId, n] of Object.entries(idea.votes)) next = addDots(next, participantId, -n);
  return next;
}
