// What one screen may see of the board: the rules shared by the snapshot and the event projections.
import { OTHERS, withCount } from '../board/dots';
import { ownValue } from '../records';
import { canSeeIdea } from '../board/permissions';
import type { BoardState, Idea } from '../board/types';
import { isRoleActor } from '../session/participantIds';
import type { Actor } from '../state';

/** Who receives: the facilitator, the projector, or one participant. */
export type Audience = Exclude<Actor, { role: 'moderator' }>;

/**
 * The moderator is shown exactly what the facilitator is shown: moderating needs the ideas and questions that wait
 * for approval or are hidden, and whose they are; a moderator link is the facilitator's to hand out and revoke.
 * Never more than the facilitator, by construction. What it may do is narrower (shared/access/permissions.ts).
 */
export const viewerOf = (actor: Actor): Audience => (actor.role === 'moderator' ? { role: 'facilitator' } : actor);

/** Every participant who is not concerned by an event receives the same projection as this nobody. */
export const ANY_PARTICIPANT: Audience = { role: 'participant', participantId: '' };

export const isFacilitatorAudience = (audience: Audience) => audience.role === 'facilitator';
export const participantOf = (audience: Audience) => (audience.role === 'participant' ? audience.participantId : null);

/** Vote totals reach phones and the projector only once results are shown. */
export const totalsShown = (board: BoardState) => board.phase === 'results';

/** Names reach the projector only when the facilitator switched them on; phones never get other people's names. */
export const namesShown = (audience: Audience, board: BoardState) => audience.role === 'projector' && board.settings.showNamesOnProjector;

export function canAudienceSee(audience: Audience, idea: Idea | undefined): idea is Idea {
  return idea !== undefined && canSeeIdea(audience, idea);
}

/**
 * What a screen keeps of an idea: what it may see, and for its author also their own idea the facilitator hid
 * (marked hidden), so the author's phone can say so instead of the idea vanishing. Nobody else learns of it.
 */
export function canAudienceKeep(audience: Audience, idea: Idea | undefined): idea is Idea {
  if (idea === undefined) return false;
  return canSeeIdea(audience, idea) || (idea.hidden && !idea.pending && idea.authorId !== null && idea.authorId === participantOf(audience));
}

/** The event's actor as this screen may know it: roles stay, a participant is themself or OTHERS. */
export function projectActor(actor: string, audience: Audience, board: BoardState): string {
  if (isFacilitatorAudience(audience) || isRoleActor(actor) || actor === participantOf(audience) || namesShown(audience, board)) return actor;
  return OTHERS;
}

/** Own dots by participant id, everyone else's only as a count under OTHERS and only while totals are shown. */
export function projectVotes(votes: Record<string, number>, audience: Audience, board: BoardState): Record<string, number> {
  if (isFacilitatorAudience(audience)) return votes;
  const me = participantOf(audience);
  const mine = me ? (ownValue(votes, me) ?? 0) : 0;
  let out: Record<string, number> = me ? withCount({}, me, mine) : {};
  if (totalsShown(board)) {
    let total = 0;
    for (const n of Object.values(votes)) total += n;
    out = withCount(out, OTHERS, total - mine);
  }
  return out;
}

export function projectIdea(idea: Idea, audience: Audience, board: BoardState): Idea {
  if (isFacilitatorAudience(audience)) return idea;
  const me = participantOf(audience);
  const authorId = idea.authorId === null || idea.authorId === me || namesShown(audience, board) ? idea.authorId : OTHERS;
  const roundOne = idea.roundOne ? { roundOne: projectVotes(idea.roundOne, audience, board) } : {};
  return { ...idea, authorId, votes: projectVotes(idea.votes, audience, board), ...roundOne };
}

/** Total dots per visible idea: what a screen learns when results start to show. */
export function voteTotals(board: BoardState, audience: Audience): Record<string, number> {
  let totals: Record<string, number> = {};
  for (const idea of board.ideas) {
    if (!canAudienceSee(audience, idea)) continue;
    let total = 0;
    for (const n of Object.values(idea.votes)) total += n;
    totals = withCount(totals, idea.id, total);
  }
  return totals;
}
