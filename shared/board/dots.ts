// Dots per participant, kept beside the ideas so checking a vote's budget is one look-up, not a scan of the board.
import type { BoardState, Idea } from './types';

/** The key of dots (and the author) that must not be traced to a participant: see Idea.votes. */
export const OTHERS = '*';

/** Sets a key on a record built from outside ids; a plain assignment would treat `__proto__` as the prototype. */
export function withKey<V>(record: Record<string, V>, key: string, value: V | undefined): Record<string, V> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
  return next;
}

export function ownValue<V>(record: Record<string, V> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Dots per participant counted from the ideas: for boards that came without the count (older logs, imports). */
export function countDots(ideas: readonly Idea[]): Record<string, number> {
  let dots: Record<string, number> = {};
  for (const idea of ideas) {
    for (const [participantId, n] of Object.entries(idea.votes)) {
      if (participantId !== OTHERS) dots = withKey(dots, participantId, (ownValue(dots, participantId) ?? 0) + n);
    }
  }
  return dots;
}

export function withDotCount(board: BoardState): BoardState {
  return board.dots ? board : { ...board, dots: countDots(board.ideas) };
}

/** The board with `delta` dots more for this participant. */
export function addDots(board: BoardState, participantId: string, delta: number): BoardState {
  if (participantId === OTHERS || delta === 0) return board;
  const dots = board.dots ?? countDots(board.ideas);
  const next = (ownValue(dots, participantId) ?? 0) + delta;
  return { ...board, dots: withKey(dots, participantId, next > 0 ? next : undefined) };
}

/** The board without the dots that lay on `idea` (deleted, rejected). */
export function dropDotsOf(board: BoardState, idea: Idea | undefined): BoardState {
  if (!idea) return board;
  let next = board;
  for (const [participantId, n] of Object.entries(idea.votes)) next = addDots(next, participantId, -n);
  return next;
}
