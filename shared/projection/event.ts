// One event as one screen may see it. The server projects every event it broadcasts and every event of a
// catch-up with this, from the states just before and after the event; a screen folds what it receives.
// What each kind does is declared once, in shared/eventKinds/registry.ts.
import { OTHERS } from '../board/dots';
import { findIdea } from '../board/ideas';
import { participantsNamedBy } from '../eventKinds/erasure';
import { kindOf } from '../eventKinds/registry';
import type { SequencedEvent } from '../events';
import type { SessionState } from '../state';
import { inTableView } from '../tables/seats';
import { ANY_PARTICIPANT, type Audience, canAudienceKeep, participantOf, projectActor } from './view';

/** Whether the screen keeps this idea of this state: as its role may, and in round one only its table's (shared/tables). */
function keepsIn(audience: Audience, state: SessionState, id: string): boolean {
  const idea = findIdea(state.board, id);
  return canAudienceKeep(audience, idea) && inTableView(state, participantOf(audience), idea);
}

/** The event for `audience`, or null when that screen must not learn of it. */
export function projectEvent(sequenced: SequencedEvent, audience: Audience, before: SessionState, after: SessionState): SequencedEvent | null {
  if (audience.role === 'facilitator') return sequenced;
  const event = kindOf(sequenced.event).project(sequenced.event, {
    audience,
    before,
    after,
    me: participantOf(audience),
    seesBefore: (id) => keepsIn(audience, before, id),
    seesAfter: (id) => keepsIn(audience, after, id),
  });
  return event && { seq: sequenced.seq, at: sequenced.at, actor: projectActor(sequenced.actor, audience, after.board), event };
}

/**
 * The participants whose projection of this event may differ from ANY_PARTICIPANT's: everyone it names (its
 * actor, authors, voters, answerers) and whom its kind says it concerns besides (the author of the idea it
 * changes). Every other participant receives the shared projection.
 */
export function concerned(sequenced: SequencedEvent, before: SessionState): string[] {
  const ids = participantsNamedBy(sequenced);
  for (const id of kindOf(sequenced.event).concerns(sequenced.event, before)) if (id) ids.add(id);
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
  const sees = (id: string) => keepsIn(audience, current, id);
  const event = kindOf(projected.event).stillVisible(projected.event, { audience, current, sees });
  if (event === projected.event) return projected;
  return event && { ...projected, event };
}
