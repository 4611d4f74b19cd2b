// Reading and replacing ideas in the board's array without copying more than one array per change.
import { ownValue } from '../records';
import type { BoardState, Idea } from './types';

export function findIdea(board: BoardState, id: string): Idea | undefined {
  return board.ideas.find((idea) => idea.id === id);
}

/** A new board with the idea of `id` replaced by `update(idea)`; the same board if there is no such idea. */
export function updateIdea(board: BoardState, id: string, update: (idea: Idea) => Idea): BoardState {
  const index = board.ideas.findIndex((idea) => idea.id === id);
  if (index < 0) return board;
  const ideas = board.ideas.slice();
  ideas[index] = update(ideas[index]!);
  return { ...board, ideas };
}

export function addIdea(board: BoardState, idea: Idea): BoardState {
  return { ...board, ideas: [...board.ideas, idea] };
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

/** Dots a participant has placed across the board. */
export function dotsUsed(board: BoardState, participantId: string): number {
  let used = 0;
  for (const idea of board.ideas) used += ownValue(idea.votes, participantId) ?? 0;
  return used;
}

export function voteTotal(idea: Idea): number {
  let total = 0;
  for (const dots of Object.values(idea.votes)) total += dots;
  return total;
}
