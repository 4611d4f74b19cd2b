// The board's event kinds: ideas, groups, the phase and the dots.
import { findIdea } from '../board/ideas';
import type { BoardEvent } from '../board/events';
import type { DomainEvent } from '../events';
import { namesShown, projectIdea, projectVotes, totalsShown, voteTotals } from '../projection/view';
import { projectState } from '../projection/state';
import type { SessionState } from '../state';
import { concernsNoOneElse, type EventKind, holdsNoOne, type KindMap, type Of, plain, type ProjectionContext, staysVisible, unchanged } from './kind';
import { ideaPlaces } from './people';
import { everyoneWhenRoundOneTurns, withTableView } from './tables';
import { isRoundOne, tableMates } from '../tables/seats';

/**
 * The author of the idea an event changes (their phone shows their own ideas differently) and, in round one, the
 * phones at its table: only they see it then.
 */
export const authorOf = (before: SessionState, id: string) => {
  const idea = findIdea(before.board, id);
  return idea ? [idea.authorId, ...tableMates(before, idea.tableId)] : [];
};
const votersOf = (before: SessionState, id: string) => Object.keys(findIdea(before.board, id)?.votes ?? {});

/** An event about one idea by its id: seen by the screens that see the idea afterwards, still now in a catch-up. */
const aboutIdea = <E extends Of<'idea:edited' | 'idea:moved' | 'idea:grouped'>>(): EventKind<E> => ({
  project: (event, { seesAfter }) => (seesAfter(event.id) ? event : null),
  concerns: (event, before) => authorOf(before, event.id),
  stillVisible: (event, { sees }) => (sees(event.id) ? event : null),
  people: holdsNoOne,
});

const ownVote = <E extends Of<'vote:cast' | 'vote:retracted'>>(): EventKind<E> => ({
  project: (event, { me }) => (event.participantId === me ? event : null),
  concerns: concernsNoOneElse,
  stillVisible: staysVisible,
  people: (event, places) => ({ ...event, participantId: places.id(event.participantId) }),
});

export const boardKinds: KindMap<BoardEvent> = {
  'idea:added': {
    project: (event, { audience, after, seesAfter }) => (seesAfter(event.idea.id) ? { ...event, idea: projectIdea(event.idea, audience, after.board) } : null),
    concerns: (event, before) => tableMates(before, event.idea.tableId),
    stillVisible: (event, { sees }) => (sees(event.idea.id) ? event : null),
    people: (event, places) => ({ ...event, idea: ideaPlaces(places, event.idea) }),
  },
  'idea:edited': aboutIdea(),
  'idea:moved': aboutIdea(),
  'idea:grouped': aboutIdea(),
  'idea:deleted': {
    project: (event, { seesBefore }) => (seesBefore(event.id) ? event : null),
    concerns: (event, before) => authorOf(before, event.id),
    stillVisible: staysVisible,
    people: holdsNoOne,
  },
  'idea:hidden': {
    project: hidden,
    concerns: (event, before) => [...authorOf(before, event.id), ...votersOf(before, event.id)],
    stillVisible: staysVisible,
    people: holdsNoOne,
  },
  'idea:merged': {
    project: merged,
    concerns: (event, before) => [...authorOf(before, event.sourceId), ...authorOf(before, event.targetId)],
    stillVisible: (event, { sees }) => (sees(event.targetId) ? event : { type: 'idea:hidden', id: event.sourceId, hidden: true }),
    people: (event, places) => ({ ...event, votes: places.dots(event.votes) }),
  },
  'idea:reviewed': {
    project: reviewed,
    concerns: (event, before) => event.ids.flatMap((id) => authorOf(before, id)),
    stillVisible: (event, { sees }) => (event.ideas ? { ...event, ideas: event.ideas.filter((idea) => sees(idea.id)) } : event),
    people: (event, places) => (event.ideas ? { ...event, ideas: event.ideas.map((idea) => ideaPlaces(places, idea)) } : event),
  },
  'group:created': plain,
  'group:renamed': plain,
  'group:deleted': plain,
  'board:phaseChanged': {
    ...plain,
    concerns: (event, before) => everyoneWhenRoundOneTurns(before, isRoundOne({ ...before.board, phase: event.phase })),
    project: (event, context) => {
      const { audience, before, after } = context;
      const view = withTableView(event, context);
      if (view !== event) return view;
      if (totalsShown(before.board) === totalsShown(after.board)) return event;
      return { ...event, voteTotals: totalsShown(after.board) ? voteTotals(after.board, audience) : {} };
    },
  },
  'board:settingsChanged': {
    ...plain,
    project: (event, { audience, before, after }) => {
      // Names switched on or off change who the projector may know: it starts again from its new view.
      if (namesShown(audience, before.board) !== namesShown(audience, after.board)) return { type: 'view:reset', state: projectState(after, audience) };
      return unchanged(event);
    },
  },
  'vote:cast': ownVote(),
  'vote:retracted': ownVote(),
};

/**
 * Hiding reaches a screen that had the idea as the bare fact (its dots still count against the budget);
 * showing it again brings the idea back whole, since a screen that joined meanwhile never had it.
 */
function hidden(event: Of<'idea:hidden'>, { audience, after, seesBefore, seesAfter }: ProjectionContext): DomainEvent | null {
  const idea = findIdea(after.board, event.id);
  if (!seesBefore(event.id) && seesAfter(event.id) && idea) return { type: 'idea:added', idea: projectIdea(idea, audience, after.board) };
  return seesBefore(event.id) ? event : null;
}

/** Merged into an idea this screen may not see: the source goes out of sight as if hidden, keeping its dots. */
function merged(event: Of<'idea:merged'>, { audience, after, seesBefore, seesAfter }: ProjectionContext): DomainEvent | null {
  if (seesAfter(event.targetId)) return { ...event, votes: projectVotes(event.votes, audience, after.board) };
  return seesBefore(event.sourceId) ? { type: 'idea:hidden', id: event.sourceId, hidden: true } : null;
}

function reviewed(event: Of<'idea:reviewed'>, { audience, after, seesBefore, seesAfter }: ProjectionContext): DomainEvent | null {
  const ids = event.ids.filter(seesBefore);
  const ideas = event.ids
    .filter((id) => !seesBefore(id) && seesAfter(id))
    .map((id) => projectIdea(findIdea(after.board, id)!, audience, after.board));
  if (ids.length === 0 && ideas.length === 0) return null;
  return { type: 'idea:reviewed', ids, decision: event.decision, ...(ideas.length ? { ideas } : {}) };
}
