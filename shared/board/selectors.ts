// Derived views of the board, pure so the phone, the console, the projector and the exports agree.
import { headcount, voterCount } from '../session/headcount';
import type { Actor, SessionState } from '../state';
import type { GainTag, Sector } from './framework';
import { dotsUsed, voteTotal } from './ideas';
import { canSeeIdea } from './permissions';
import type { BoardState, Idea } from './types';

export type IdeaOrder = 'votes' | 'newest';

export function visibleIdeas(board: BoardState, actor: Actor | null): Idea[] {
  return board.ideas.filter((idea) => canSeeIdea(actor, idea));
}

export function sortIdeas(ideas: readonly Idea[], order: IdeaOrder): Idea[] {
  const newest = (a: Idea, b: Idea) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
  if (order === 'newest') return [...ideas].sort(newest);
  const totals = new Map(ideas.map((idea) => [idea.id, voteTotal(idea)]));
  return [...ideas].sort((a, b) => totals.get(b.id)! - totals.get(a.id)! || newest(a, b));
}

export function ideasOfSector(ideas: readonly Idea[], sector: Sector): Idea[] {
  return ideas.filter((idea) => idea.sector === sector);
}

export function withTag(ideas: readonly Idea[], tag: GainTag | null): Idea[] {
  return tag ? ideas.filter((idea) => idea.gains.includes(tag)) : [...ideas];
}

/** Visible ideas of a sector by votes, then newest, each with its votes: the order results and exports list them in. */
export function byVotes(board: BoardState, sector: Sector): { idea: Idea; votes: number }[] {
  return sortIdeas(ideasOfSector(visibleIdeas(board, null), sector), 'votes').map((idea) => ({ idea, votes: voteTotal(idea) }));
}

/** The ranking shown in results: only ideas someone voted for (an idea without a dot has no place to rank). */
export function ranking(board: BoardState, sector: Sector): { idea: Idea; votes: number }[] {
  return byVotes(board, sector).filter((row) => row.votes > 0);
}

export function dotsLeft(board: BoardState, participantId: string): number {
  return Math.max(0, board.settings.dotsPerParticipant - dotsUsed(board, participantId));
}

export interface VoteProgress {
  /** Dots placed across the board, and how many the room has in all. */
  dotsUsed: number;
  dotsTotal: number;
  /** Participants who placed at least one dot, of all who joined. */
  voters: number;
  participants: number;
}

/**
 * How far the vote has come, for the facilitator deciding when to close it: over everyone who took part, those
 * counted without a name (forgotten, imported anonymously) too, as their dots are on the board.
 */
export function voteProgress(state: Pick<SessionState, 'board' | 'participants' | 'unnamed'>): VoteProgress {
  const { board } = state;
  let dotsUsed = 0;
  for (const idea of board.ideas) for (const dots of Object.values(idea.votes)) dotsUsed += dots;
  const participants = headcount(state);
  return { dotsUsed, dotsTotal: participants * board.settings.dotsPerParticipant, voters: voterCount(board, state.unnamed), participants };
}
