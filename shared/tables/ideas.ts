import { fail } from '../errors';
import type { Actor, SessionState } from '../state';
import type { Idea } from '../board/types';
import { findTable, isRoundOne, isRoundTwo, seatOf } from './seats';
import { isCandidate } from './selectors';

/** A table that exists, or the typed refusal a phone's stale QR link gets. */
export function knownTable(state: SessionState, tableId: string | null): string | null {
  if (tableId !== null && !findTable(state.board, tableId)) fail('not_found', 'No such table');
  return tableId;
}

/**
 * The table a new idea is written at: a participant's own (naming another is refused), or the one the facilitator
 * names (none when they name none).
 */
export function tableOfNewIdea(state: SessionState, actor: Actor, named: string | null | undefined): string | null {
  if (actor.role !== 'participant') return knownTable(state, named ?? null);
  const seat = seatOf(state, actor.participantId);
  if (named !== undefined && named !== seat) fail('forbidden', 'An idea is written at your own table');
  return seat;
}

/**
 * The idea, if this participant may put a dot on it (or take one off) in the round that runs: in round one an idea of
 * their own table, in round two one of the tables' picks. Round one's ideas of other tables are not theirs to see.
 */
export function votable(state: SessionState, participantId: string, idea: Idea): Idea {
  if (isRoundOne(state.board)) {
    const seat = seatOf(state, participantId);
    if (seat === null) fail('wrong_phase', 'Choose your table to vote in round one');
    if (idea.tableId !== seat) fail('not_found', 'No such idea at your table');
  }
  if (isRoundTwo(state.board) && !isCandidate(state.board, idea.id)) fail('wrong_phase', 'Round two votes among the tables\' picks');
  return idea;
}
