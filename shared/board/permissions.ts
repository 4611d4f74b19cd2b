// Who may do what on the board: used by the server's deciders and by the client to show controls.
import { canModerate } from '../access/permissions';
import type { Actor } from '../state';
import type { BoardState, Idea } from './types';

export const isFacilitator = (actor: Actor | null | undefined): boolean => actor?.role === 'facilitator';

export function canAddIdea(actor: Actor | null | undefined, board: BoardState): boolean {
  if (isFacilitator(actor)) return true;
  return actor?.role === 'participant' && board.phase === 'collecting';
}

/** Authors change their own ideas while the board collects; the facilitator changes any idea at any time. */
export function canEditIdea(actor: Actor | null | undefined, idea: Idea, board: BoardState): boolean {
  if (isFacilitator(actor)) return true;
  return actor?.role === 'participant' && idea.authorId === actor.participantId && board.phase === 'collecting';
}

export function canVote(actor: Actor | null | undefined, board: BoardState): boolean {
  return actor?.role === 'participant' && board.phase === 'voting';
}

/** Hidden ideas are the moderators' to see (facilitator included); an idea waiting for approval, its author's too. */
export function canSeeIdea(actor: Actor | null | undefined, idea: Idea): boolean {
  if (canModerate(actor)) return true;
  if (idea.hidden) return false;
  return !idea.pending || (actor?.role === 'participant' && idea.authorId === actor.participantId);
}
