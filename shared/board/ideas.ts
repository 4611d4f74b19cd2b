// Reading and replacing ideas in the board's array without copying more than one array per change.
import { ownValue } from '../records';
import { dotsOf } from './dots';
import { indexOfIdea, samePlaces } from './ideaIndex';
import type { BoardState, Idea } from './types';

export function findIdea(board: BoardState, id: string): Idea | undefined {
  const index = indexOfIdea(board.ideas, id);
  return index < 0 ? undefined : board.ideas[index];
}

/** A new board with the idea of `id` replaced by `update(idea)`; the same board if there is no such idea. */
export function updateIdea(board: BoardState, id: string, update: (idea: Idea) => Idea): BoardState {
  const index = indexOfIdea(board.ideas, id);
  if (index < 0) return board;
  const ideas = board.ideas.slice();
  ideas[index] = update(ideas[index]!);
  samePlaces(board.ideas, ideas);
  return { ...board, ideas };
}

/** Adds the idea, or replaces it when the board has it already (a screen that kept a hidden idea sees it again). */
export function addIdea(board: BoardState, idea: Idea): BoardState {
  if (indexOfIdea(board.ideas, idea.id) >= 0) return updateIdea(board, idea.id, () => idea);
  const ideas = [...board.ideas, idea];
  samePlaces(board.ideas, ideas, idea);
  return { ...board, ideas };
}

export function removeIdea(board: BoardState, id: string): BoardState {
  return { ...board, ideas: board.ideas.filter((idea) => idea.id !== id) };
}

/** Ideas on the board written by this participant, hidden ones included. */
export function ideasBy(board: BoardState, participantId: string): number {
  let count = 0;
  for (const idea of board.ideas) if (idea.authorId === participantId) count++;
  return count;
}

/** Dots a participant has placed across the board: the reducer keeps the count (shared/board/dots.ts). */
export function dotsUsed(board: BoardState, participantId: string): number {
  const counted = dotsOf(board, participantId);
  if (counted !== undefined) return counted;
  let used = 0;
  for (const idea of board.ideas) used += ownValue(idea.votes, participantId) ?? 0;
  return used;
}

export function voteTotal(idea: Idea): number {
  let total = 0;
  for (const dots of Object.values(idea.votes)) total += dots;
  return total;
}
