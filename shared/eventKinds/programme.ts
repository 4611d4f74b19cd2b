// The programme's, the projector's and undo's event kinds: facilitator steps every screen sees as they are.
import type { AgendaEvent } from '../agenda/events';
import type { ProjectorEvent } from '../projector/events';
import type { UndoEvent } from '../undo/events';
import { findIdea } from '../board/ideas';
import type { DomainEvent } from '../events';
import { projectIdea, projectVotes } from '../projection/view';
import { authorOf } from './board';
import { type KindMap, type Of, plain, type ProjectionContext } from './kind';
import { ideaPlaces } from './people';

export const agendaKinds: KindMap<AgendaEvent> = {
  'agenda:scheduled': plain,
  'agenda:dayStarted': plain,
  'agenda:wentTo': plain,
  'agenda:modeChanged': plain,
  'agenda:ran': plain,
};

export const projectorKinds: KindMap<ProjectorEvent> = { 'projector:qrShown': plain, 'projector:chosen': plain, 'projector:tableShown': plain };

export const undoKinds: KindMap<UndoEvent> = {
  'history:undone': plain,
  'idea:unmerged': {
    project: unmerged,
    concerns: (event, before) => authorOf(before, event.targetId),
    stillVisible: (event, { sees }) => (sees(event.source.id) && sees(event.targetId) ? event : null),
    people: (event, places) => ({ ...event, source: ideaPlaces(places, event.source), votes: places.dots(event.votes) }),
  },
  'group:restored': plain,
  'agenda:modeRestored': plain,
};

/** An undone merge: both ideas as this screen may see them, or the one it may see, whole. */
function unmerged(event: Of<'idea:unmerged'>, { audience, after, seesAfter }: ProjectionContext): DomainEvent | null {
  const sourceSeen = seesAfter(event.source.id);
  const targetSeen = seesAfter(event.targetId);
  const source = findIdea(after.board, event.source.id);
  const target = findIdea(after.board, event.targetId);
  if (sourceSeen && targetSeen && source) return { ...event, source: projectIdea(source, audience, after.board), votes: projectVotes(event.votes, audience, after.board) };
  const whole = sourceSeen ? source : targetSeen ? target : undefined;
  return whole ? { type: 'idea:added', idea: projectIdea(whole, audience, after.board) } : null;
}
