// The tables' event kinds. A table is not an identity: a seat reaches only its own phone (and the facilitator).
import type { DomainEvent } from '../events';
import { projectState } from '../projection/state';
import type { SessionState } from '../state';
import type { TableEvent } from '../tables/events';
import { isRoundOne, tableViewChanged } from '../tables/seats';
import { authorOf } from './board';
import { concernsNoOneElse, holdsNoOne, type KindMap, plain, type ProjectionContext, staysVisible } from './kind';

/**
 * When round one begins or ends, or a phone sits down during it, the ideas a phone may see change wholesale: it
 * starts again from its new view, as the projector does when names are switched. Otherwise the event as it is.
 */
export function withTableView(event: DomainEvent, { audience, before, after, me }: ProjectionContext): DomainEvent {
  if (audience.role !== 'participant' || !tableViewChanged(before, after, me)) return event;
  return { type: 'view:reset', state: projectState(after, audience) };
}

/** Every participant, when round one begins or ends: each phone's view is its own table's. */
export function everyoneWhenRoundOneTurns(before: SessionState, roundOneAfter: boolean): string[] {
  return isRoundOne(before.board) === roundOneAfter ? [] : Object.keys(before.participants);
}

export const tableKinds: KindMap<TableEvent> = {
  'board:tablesSet': plain,
  'participant:seated': {
    project: (event, context) => (event.participantId === context.me ? withTableView(event, context) : null),
    concerns: concernsNoOneElse,
    stillVisible: staysVisible,
    people: (event, places) => ({ ...event, participantId: places.id(event.participantId) }),
  },
  'idea:tableChanged': {
    project: (event, { seesAfter }) => (seesAfter(event.id) ? event : null),
    concerns: (event, before) => authorOf(before, event.id),
    stillVisible: (event, { sees }) => (sees(event.id) ? event : null),
    people: holdsNoOne,
  },
  'board:roundStarted': {
    project: withTableView,
    concerns: (_event, before) => everyoneWhenRoundOneTurns(before, false),
    stillVisible: staysVisible,
    people: holdsNoOne,
  },
};
