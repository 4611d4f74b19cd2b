// One event as one screen may see it. The server projects every event it broadcasts and every event of a
// catch-up with this, from the states just before and after the event; a screen folds what it receives.
import { OTHERS } from '../board/dots';
import { findIdea } from '../board/ideas';
import type { DomainEvent, SequencedEvent } from '../events';
import { concernedByPoll, projectPollEvent } from '../poll/projection';
import type { PollEvent } from '../poll/events';
import { concernedByQuestion, projectQuestionEvent } from '../question/projection';
import { canSeeQuestion, findQuestion } from '../question/questions';
import type { QuestionEvent } from '../question/events';
import type { SessionState } from '../state';
import { projectState } from './state';
import {
  ANY_PARTICIPANT,
  type Audience,
  canAudienceSee,
  namesShown,
  participantOf,
  projectActor,
  projectIdea,
  projectVotes,
  totalsShown,
  voteTotals,
} from './view';

type Of<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;

/** The event for `audience`, or null when that screen must not learn of it. */
export function projectEvent(sequenced: SequencedEvent, audience: Audience, before: SessionState, after: SessionState): SequencedEvent | null {
  if (audience.role === 'facilitator') return sequenced;
  const event = projectDomainEvent(sequenced.event, audience, before, after);
  return event && { seq: sequenced.seq, at: sequenced.at, actor: projectActor(sequenced.actor, audience, after.board), event };
}

function projectDomainEvent(event: DomainEvent, audience: Audience, before: SessionState, after: SessionState): DomainEvent | null {
  const me = participantOf(audience);
  const seesAfter = (id: string) => canAudienceSee(audience, findIdea(after.board, id));
  const seesBefore = (id: string) => canAudienceSee(audience, findIdea(before.board, id));
  switch (event.type) {
    case 'session:created': {
      const view = projectState(after, audience);
      return { ...event, board: view.board, participants: view.participants };
    }
    case 'participant:joined':
    case 'participant:renamed':
    case 'participant:forgotten':
      return event.participantId === me || namesShown(audience, after.board) ? event : null;
    case 'view:reset':
      return null;
    case 'agenda:scheduled':
    case 'agenda:dayStarted':
    case 'agenda:wentTo':
    case 'agenda:modeChanged':
    case 'agenda:ran':
    case 'group:created':
    case 'group:renamed':
    case 'group:deleted':
    case 'projector:qrShown':
    case 'session:statusChanged':
    case 'session:renamed':
    case 'session:rescheduled':
    case 'history:undone':
    case 'group:restored':
    case 'agenda:modeRestored':
      return event;
    case 'idea:unmerged':
      return unmerged(event, audience, after, seesAfter(event.source.id), seesAfter(event.targetId));
    case 'idea:added':
      return seesAfter(event.idea.id) ? { ...event, idea: projectIdea(event.idea, audience, after.board) } : null;
    case 'idea:edited':
    case 'idea:moved':
    case 'idea:grouped':
      return seesAfter(event.id) ? event : null;
    case 'idea:deleted':
      return seesBefore(event.id) ? event : null;
    case 'idea:hidden':
      return hidden(event, audience, after, seesBefore(event.id), seesAfter(event.id));
    case 'idea:merged':
      return merged(event, audience, after, seesBefore(event.sourceId), seesAfter(event.targetId));
    case 'idea:reviewed':
      return reviewed(event, audience, after, seesBefore, seesAfter);
    case 'board:phaseChanged':
      if (totalsShown(before.board) === totalsShown(after.board)) return event;
      return { ...event, voteTotals: totalsShown(after.board) ? voteTotals(after.board, audience) : {} };
    case 'board:settingsChanged':
      // Names switched on or off change who the projector may know: it starts again from its new view.
      if (namesShown(audience, before.board) !== namesShown(audience, after.board)) return { type: 'view:reset', state: projectState(after, audience) };
      return event;
    case 'vote:cast':
    case 'vote:retracted':
      return event.participantId === me ? event : null;
    case 'question:asked':
    case 'question:upvoted':
    case 'question:unvoted':
    case 'question:moderated':
    case 'question:highlighted':
    case 'question:enabled':
    case 'question:settingsChanged':
      return projectQuestionEvent(event, audience, before, after);
    case 'poll:created':
    case 'poll:opened':
    case 'poll:closed':
    case 'poll:deleted':
    case 'poll:presented':
    case 'poll:answered':
    case 'poll:answerCounted':
      return projectPollEvent(event, audience, before, after);
  }
}

/**
 * Hiding reaches a screen that had the idea as the bare fact (its dots still count against the budget);
 * showing it again brings the idea back whole, since a screen that joined meanwhile never had it.
 */
function hidden(event: Of<'idea:hidden'>, audience: Audience, after: SessionState, before: boolean, now: boolean): DomainEvent | null {
  const idea = findIdea(after.board, event.id);
  if (!before && now && idea) return { type: 'idea:added', idea: projectIdea(idea, audience, after.board) };
  return before ? event : null;
}

/** Merged into an idea this screen may not see: the source goes out of sight as if hidden, keeping its dots. */
function merged(event: Of<'idea:merged'>, audience: Audience, after: SessionState, sourceSeen: boolean, targetSeen: boolean): DomainEvent | null {
  if (targetSeen) return { ...event, votes: projectVotes(event.votes, audience, after.board) };
  return sourceSeen ? { type: 'idea:hidden', id: event.sourceId, hidden: true } : null;
}

/** An undone merge: both ideas as this screen may see them, or the one it may see, whole. */
function unmerged(event: Of<'idea:unmerged'>, audience: Audience, after: SessionState, sourceSeen: boolean, targetSeen: boolean): DomainEvent | null {
  const source = findIdea(after.board, event.source.id);
  const target = findIdea(after.board, event.targetId);
  if (sourceSeen && targetSeen && source) return { ...event, source: projectIdea(source, audience, after.board), votes: projectVotes(event.votes, audience, after.board) };
  const whole = sourceSeen ? source : targetSeen ? target : undefined;
  return whole ? { type: 'idea:added', idea: projectIdea(whole, audience, after.board) } : null;
}

function reviewed(
  event: Of<'idea:reviewed'>,
  audience: Audience,
  after: SessionState,
  seesBefore: (id: string) => boolean,
  seesAfter: (id: string) => boolean,
): DomainEvent | null {
  const ids = event.ids.filter(seesBefore);
  const ideas = event.ids
    .filter((id) => !seesBefore(id) && seesAfter(id))
    .map((id) => projectIdea(findIdea(after.board, id)!, audience, after.board));
  if (ids.length === 0 && ideas.length === 0) return null;
  return { type: 'idea:reviewed', ids, decision: event.decision, ...(ideas.length ? { ideas } : {}) };
}

const isParticipantId = (actor: string) => actor !== 'facilitator' && actor !== 'system' && actor !== 'projector';

/**
 * The participants whose projection of this event differs from ANY_PARTICIPANT's: the event is about them,
 * their idea or their dots. Every other participant receives the shared projection.
 */
export function concerned(sequenced: SequencedEvent, before: SessionState): string[] {
  const ids = new Set<string>();
  if (isParticipantId(sequenced.actor)) ids.add(sequenced.actor);
  const authorOf = (id: string) => {
    const author = findIdea(before.board, id)?.authorId;
    if (author) ids.add(author);
  };
  const votersOf = (id: string) => {
    for (const voter of Object.keys(findIdea(before.board, id)?.votes ?? {})) ids.add(voter);
  };
  const event = sequenced.event;
  switch (event.type) {
    case 'session:created':
      for (const id of Object.keys(event.participants ?? {})) ids.add(id);
      break;
    case 'participant:joined':
    case 'participant:renamed':
    case 'participant:forgotten':
    case 'vote:cast':
    case 'vote:retracted':
      ids.add(event.participantId);
      break;
    case 'idea:added':
      if (event.idea.authorId) ids.add(event.idea.authorId);
      break;
    case 'idea:edited':
    case 'idea:moved':
    case 'idea:grouped':
    case 'idea:deleted':
      authorOf(event.id);
      break;
    case 'idea:hidden':
      authorOf(event.id);
      votersOf(event.id);
      break;
    case 'idea:merged':
      for (const id of [event.sourceId, event.targetId]) authorOf(id);
      for (const voter of Object.keys(event.votes)) ids.add(voter);
      break;
    case 'idea:reviewed':
      for (const id of event.ids) authorOf(id);
      break;
    case 'idea:unmerged':
      authorOf(event.targetId);
      if (event.source.authorId) ids.add(event.source.authorId);
      for (const voter of [...Object.keys(event.votes), ...Object.keys(event.source.votes)]) ids.add(voter);
      break;
    default:
      if (event.type.startsWith('question:')) for (const id of concernedByQuestion(event as QuestionEvent, before)) ids.add(id);
      if (event.type.startsWith('poll:')) for (const id of concernedByPoll(event as PollEvent)) ids.add(id);
      break;
  }
  ids.delete('');
  ids.delete(OTHERS);
  return [...ids];
}

export { ANY_PARTICIPANT };

/**
 * An event of a catch-up (or after a cached snapshot), as `audience` may still see it now: what was projected
 * when it happened, less the content of ideas hidden, rejected or removed since. The later event that hid the
 * idea then finds nothing to change; the dots it carried are counted as on the server.
 */
export function stillVisible(projected: SequencedEvent, audience: Audience, current: SessionState): SequencedEvent | null {
  if (audience.role === 'facilitator') return projected;
  const sees = (id: string) => canAudienceSee(audience, findIdea(current.board, id));
  const event = projected.event;
  switch (event.type) {
    case 'idea:added':
      return sees(event.idea.id) ? projected : null;
    case 'idea:edited':
    case 'idea:moved':
    case 'idea:grouped':
      return sees(event.id) ? projected : null;
    case 'idea:merged':
      return sees(event.targetId) ? projected : { ...projected, event: { type: 'idea:hidden', id: event.sourceId, hidden: true } };
    case 'idea:unmerged':
      return sees(event.source.id) && sees(event.targetId) ? projected : null;
    case 'question:asked': {
      // A question hidden or withdrawn since is left out of a catch-up, as a hidden idea is.
      const now = findQuestion(current.questions, event.question.id);
      return now && canSeeQuestion(audience, now) ? projected : null;
    }
    case 'idea:reviewed': {
      if (!event.ideas) return projected;
      const ideas = event.ideas.filter((idea) => sees(idea.id));
      return { ...projected, event: { ...event, ideas } };
    }
    default:
      return projected;
  }
}
