// The tables' commands: the facilitator sets the tables and starts round two; a participant chooses a table.
import { defineCommand, requireFacilitator, requireParticipant } from '../command';
import { fail } from '../errors';
import { findIdea } from '../board/ideas';
import type { DomainEvent } from '../events';
import type { BoardTable } from '../board/types';
import type { SessionState } from '../state';
import * as s from './schemas';
import { knownTable } from './ideas';
import { isRoundOne, isTwoRounds, seatOf } from './seats';
import { roundOnePicks } from './selectors';

const sameIds = (a: readonly BoardTable[], b: readonly BoardTable[]) => a.length === b.length && a.every((t, i) => t.id === b[i]!.id);
const sameTables = (a: readonly BoardTable[], b: readonly BoardTable[]) => sameIds(a, b) && a.every((t, i) => t.name === b[i]!.name);

/** The participant's seat as an event, or nothing when they sit there already. */
export function seat(state: SessionState, participantId: string, tableId: string | null): DomainEvent[] {
  const current = seatOf(state, participantId);
  if (current === knownTable(state, tableId)) return [];
  // In round one a table votes among its own ideas: a phone sits down once, it does not vote at two tables.
  if (isRoundOne(state.board) && current !== null) fail('wrong_phase', 'Tables cannot be changed while the tables vote');
  return [{ type: 'participant:seated', participantId, tableId }];
}

export const tableCommands = {
  'board:tables': defineCommand(s.setTablesSchema, ({ state, actor }, { tables }) => {
    requireFacilitator(actor);
    if (sameTables(state.board.tables, tables)) return [];
    if (isRoundOne(state.board) && !sameIds(state.board.tables, tables)) fail('wrong_phase', 'Tables can only be renamed while the tables vote');
    return [{ type: 'board:tablesSet', tables }];
  }),

  'table:choose': defineCommand(s.chooseTableSchema, ({ state, actor }, { tableId }) => seat(state, requireParticipant(actor), tableId)),

  'idea:table': defineCommand(s.ideaTableSchema, ({ state, actor }, { id, tableId }) => {
    requireFacilitator(actor);
    const idea = findIdea(state.board, id) ?? fail('not_found', 'No such idea');
    if (idea.tableId === knownTable(state, tableId)) return [];
    if (isRoundOne(state.board)) fail('wrong_phase', 'Ideas keep their table while the tables vote');
    return [{ type: 'idea:tableChanged', id, tableId }];
  }),

  'board:round': defineCommand(s.roundSchema, ({ state, actor }) => {
    requireFacilitator(actor);
    const { board } = state;
    if (!isTwoRounds(board)) fail('wrong_phase', 'The vote has one round');
    if (board.round === 2) return [];
    if (board.phase !== 'voting' && board.phase !== 'results') fail('wrong_phase', 'Round two follows round one');
    const events: DomainEvent[] = [{ type: 'board:roundStarted', round: 2, picks: roundOnePicks(board) }];
    if (board.phase !== 'voting') events.push({ type: 'board:phaseChanged', phase: 'voting' });
    return events;
  }),
};
