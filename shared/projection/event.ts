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

/** What every per-kind projector needs: the screen, the states around the event and who may see which idea. */
interface Context {
  audience: Audience;
  before: SessionState;
  after: SessionState;
  me: string | null;
  seesBefore: (id: string) => boolean;
  seesAfter: (id: string) => boolean;
}

type Projector<E extends DomainEvent> = (event: E, context: Context) => DomainEvent | null;

const unchanged = (event: DomainEvent): DomainEvent => event;
const hiddenFromAll = (): null => null;
const aboutParticipant: Projector<Of<'participant:joined' | 'participant:renamed' | 'participant:forgotten'>> = (event, { audience, after, me }) =>
  event.participantId === me || namesShown(audience, after.board) ? event : null;
const ownVote: Projector<Of<'vote:cast' | 'vote:retracted'>> = (event, { me }) => (event.participantId === me ? event : null);
const ideaSeenAfter: Projector<Of<'idea:edited' | 'idea:moved' | 'idea:grouped'>> = (event, { seesAfter }) => (seesAfter(event.id) ? event : null);
const question: Projector<QuestionEvent> = (event, { audience, before, after }) => projectQuestionEvent(event, audience, before, after);
const poll: Projector<PollEvent> = (event, { audience, before, after }) => projectPollEvent(event, audience, before, after);

/** One projector per event kind: a kind added to DomainEvent does not compile until it is given one here. */
const PROJECTORS: { [T in DomainEvent['type']]: Projector<Of<T>> } = {
  'session:created': (event, { audience, after }) => {
    const view = projectState(after, audience);
    return { ...event, board: view.board, participants: view.participants };
  },
  'participant:joined': aboutParticipant,
  'participant:renamed': aboutParticipant,
  // Everyone else learns only that one more person is counted without a name: the counts stay the same everywhere.
  'participant:forgotten': (event, context) => aboutParticipant(event, context) ?? { ...event, participantId: OTHERS },
  'view:reset': hiddenFromAll,
  'agenda:scheduled': unchanged,
  'agenda:dayStarted': unchanged,
  'agenda:wentTo': unchanged,
  'agenda:modeChanged': unchanged,
  'agenda:ran': unchanged,
  'group:created': unchanged,
  'group:renamed': unchanged,
  'group:deleted': unchanged,
  'projector:qrShown': unchanged,
  'projector:chosen': unchanged,
  'session:statusChanged': unchanged,
  'session:renamed': unchanged,
  'session:rescheduled': unchanged,
  'history:undone': unchanged,
  'group:restored': unchanged,
  'agenda:modeRestored': unchanged,
  'idea:unmerged': (event, { audience, after, seesAfter }) => unmerged(event, audience, after, seesAfter(event.source.id), seesAfter(event.targetId)),
  'idea:added': (event, { audience, after, seesAfter }) =>
    seesAfter(event.idea.id) ? { ...event, idea: projectIdea(event.idea, audience, after.board) } : null,
  'idea:edited': ideaSeenAfter,
  'idea:moved': ideaSeenAfter,
  'idea:grouped': ideaSeenAfter,
  'idea:deleted': (event, { seesBefore }) => (seesBefore(event.id) ? event : null),
  'idea:hidden': (event, { audience, after, seesBefore, seesAfter }) => hidden(event, audience, after, seesBefore(event.id), seesAfter(event.id)),
  'idea:merged': (event, { audience, after, seesBefore, seesAfter }) => merged(event, audience, after, seesBefore(event.sourceId), seesAfter(event.targetId)),
  'idea:reviewed': (event, { audience, after, seesBefore, seesAfter }) => reviewed(event, audience, after, seesBefore, seesAfter),
  'board:phaseChanged': (event, { audience, before, after }) => {
    if (totalsShown(before.board) === totalsShown(after.board)) return event;
    return { ...event, voteTotals: totalsShown(after.board) ? voteTotals(after.board, audience) : {} };
  },
  'board:settingsChanged': (event, { audience, before, after }) => {
    // Names switched on or off change who the projector may know: it starts again from its new view.
    if (namesShown(audience, before.board) !== namesShown(audience, after.board)) return { type: 'view:reset', state: projectState(after, audience) };
    return event;
  },
  'vote:cast': ownVote,
  'vote:retracted': ownVote,
  'question:asked': question,
  'question:upvoted': question,
  'question:unvoted': question,
  'question:moderated': question,
  'question:highlighted': question,
  'question:enabled': question,
  'question:settingsChanged': question,
  'poll:created': poll,
  'poll:opened': poll,
  'poll:closed': poll,
  'poll:deleted': poll,
  'poll:presented': poll,
  'poll:answered': poll,
  'poll:answerCounted': poll,
};

function projectDomainEvent(event: DomainEvent, audience: Audience, before: SessionState, after: SessionState): DomainEvent | null {
  const context: Context = {
    audience,
    before,
    after,
    me: participantOf(audience),
    seesBefore: (id) => canAudienceSee(audience, findIdea(before.board, id)),
    seesAfter: (id) => canAudienceSee(audience, findIdea(after.board, id)),
  };
  // The map's type pairs each kind with its projector; TypeScript cannot follow that through an index.
  return (PROJECTORS[event.type] as Projector<DomainEvent>)(event, context);
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
