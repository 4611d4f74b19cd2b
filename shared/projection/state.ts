// A whole session as one screen may see it: the snapshot a joining screen starts from.
import { withCount } from '../board/dots';
import { ownValue, withEntry } from '../records';
import type { BoardState, Idea } from '../board/types';
import { ownAnswers, projectPolls, withOwnAnswers, type OwnAnswer } from '../poll/projection';
import { ownQuestions, projectQuestions, withOwnQuestions } from '../question/projection';
import type { Question } from '../question/types';
import type { ReactionsState } from '../reaction/types';
import type { Participant, SessionState } from '../state';
import { inTableView, isRoundOne, seatOf } from '../tables/seats';
import { ANY_PARTICIPANT, type Audience, canAudienceKeep, canAudienceSee, namesShown, participantOf, projectIdea } from './view';

/**
 * What only one participant sees on top of what every participant sees: their name, their own ideas (also
 * those waiting for approval) and the ideas carrying their dots. Small, so a join storm serialises the shared
 * part of a large board once and this part per phone.
 */
export interface OwnView {
  participant: Participant | null;
  ideas: Idea[];
  /** Dots placed across the board, hidden ideas included (the budget counts them). */
  dots: number;
  /** Questions they asked (pending ones too) or upvoted, and their poll answers. */
  questions: Question[];
  answers: OwnAnswer[];
}

function projectBoard(state: SessionState, audience: Audience): BoardState {
  const { board } = state;
  const me = participantOf(audience);
  const ideas = board.ideas
    .filter((idea) => canAudienceSee(audience, idea) && inTableView(state, me, idea))
    .map((idea) => projectIdea(idea, audience, board));
  const mine = me && board.dots ? (ownValue(board.dots, me) ?? 0) : 0;
  return { ...board, ideas, dots: me ? withCount({}, me, mine) : {} };
}

function projectParticipants(state: SessionState, audience: Audience): Record<string, Participant> {
  if (audience.role === 'facilitator') return state.participants;
  // Names on the projector show who took part, not who sits where.
  if (namesShown(audience, state.board)) return unseated(state.participants);
  const me = participantOf(audience);
  const own = me ? ownValue(state.participants, me) : undefined;
  return me && own ? withEntry({}, me, own) : {};
}

export function ownView(state: SessionState, participantId: string): OwnView {
  const audience: Audience = { role: 'participant', participantId };
  // In round one their own table's ideas are theirs too: the view every participant shares holds none of them.
  const seat = isRoundOne(state.board) ? seatOf(state, participantId) : null;
  const ideas = state.board.ideas
    .filter((idea) => (idea.authorId === participantId || ownValue(idea.votes, participantId) || (seat !== null && idea.tableId === seat)) && canAudienceKeep(audience, idea))
    .map((idea) => projectIdea(idea, audience, state.board));
  return {
    participant: ownValue(state.participants, participantId) ?? null,
    ideas,
    dots: (state.board.dots && ownValue(state.board.dots, participantId)) ?? 0,
    questions: ownQuestions(state.questions, participantId),
    answers: ownAnswers(state.polls, participantId),
  };
}

/** Lays a participant's own view over the view every participant shares; the order of ideas is kept. */
export function withOwnView(shared: SessionState, own: OwnView): SessionState {
  const byId = new Map(own.ideas.map((idea) => [idea.id, idea]));
  const ideas = shared.board.ideas.map((idea) => {
    const mine = byId.get(idea.id);
    if (mine) byId.delete(idea.id);
    return mine ?? idea;
  });
  ideas.push(...byId.values());
  const participants = own.participant ? withEntry({}, own.participant.id, own.participant) : {};
  const board = { ...shared.board, ideas, dots: own.participant ? withCount({}, own.participant.id, own.dots) : {} };
  const questions = withOwnQuestions(shared.questions, own.questions ?? []);
  const polls = own.participant ? withOwnAnswers(shared.polls, own.participant.id, own.answers ?? []) : shared.polls;
  return { ...shared, participants, board, questions, polls };
}

/** The session as `audience` may see it. A participant's view is the shared one with their own laid over it. */
export function projectState(state: SessionState, audience: Audience): SessionState {
  if (audience.role === 'facilitator') return state;
  if (audience.role === 'participant' && audience.participantId !== '') {
    return withOwnView(projectState(state, ANY_PARTICIPANT), ownView(state, audience.participantId));
  }
  // The undo list is the facilitator's (and holds merged ideas whole, with their voters): other screens start without it,
  // as without the groups of alike ideas and questions the facilitator set aside.
  const { undo: _undo, similar: _similar, ...shared } = state;
  return {
    ...shared,
    participants: projectParticipants(state, audience),
    board: projectBoard(state, audience),
    questions: projectQuestions(state.questions, audience),
    polls: projectPolls(state.polls, audience),
    ...(state.reactions && { reactions: projectReactions(state.reactions, audience) }),
  };
}

function unseated(participants: Record<string, Participant>): Record<string, Participant> {
  let out = participants;
  for (const p of Object.values(participants)) {
    if (p.tableId === undefined) continue;
    const { tableId: _seat, ...rest } = p;
    out = withEntry(out, p.id, rest);
  }
  return out;
}

/** The projector shows the counts; phones are sent only whether reactions are on. */
function projectReactions(reactions: ReactionsState, audience: Audience): ReactionsState {
  return audience.role === 'projector' ? reactions : { ...reactions, counts: [] };
}
