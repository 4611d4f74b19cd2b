// Where the tables stand: who sits where, what round the vote is in, which ideas a phone sees in round one.
import { ownValue } from '../records';
import type { BoardState, BoardTable, Idea } from '../board/types';
import type { SessionState } from '../state';

export function findTable(board: BoardState, tableId: string): BoardTable | undefined {
  return board.tables.find((table) => table.id === tableId);
}

/** The name of the table, or '' for none (an idea written before tables, a table that was removed). */
export const tableName = (board: BoardState, tableId: string | null): string => (tableId === null ? '' : (findTable(board, tableId)?.name ?? ''));

/** The participant's table, or null: unseated, unknown, or a screen that may not know (another phone's seat). */
export function seatOf(state: Pick<SessionState, 'participants'>, participantId: string): string | null {
  return ownValue(state.participants, participantId)?.tableId ?? null;
}

export const isTwoRounds = (board: BoardState): boolean => board.settings.votingRounds === 2 && board.tables.length > 0;

/** Round one of a two-round vote is running: each table votes among its own ideas; phones see only their table. */
export const isRoundOne = (board: BoardState): boolean => board.phase === 'voting' && isTwoRounds(board) && board.round === 1;

/** Round two has started: the room votes among the tables' picks. */
export const isRoundTwo = (board: BoardState): boolean => board.settings.votingRounds === 2 && board.round === 2;

/**
 * Whether a participant's screen may see this idea for the tables' sake: in round one only the ideas of their own
 * table, the ideas of no table (the facilitator's), and their own ideas and those carrying their dots.
 */
export function inTableView(state: SessionState, participantId: string | null, idea: Idea): boolean {
  if (participantId === null || !isRoundOne(state.board) || idea.tableId === null) return true;
  if (idea.authorId === participantId || ownValue(idea.votes, participantId)) return true;
  return participantId !== '' && idea.tableId === seatOf(state, participantId);
}

/** Whether an event changed which ideas a seated phone sees (round one began or ended, or the phone moved during it). */
export function tableViewChanged(before: SessionState, after: SessionState, participantId: string | null): boolean {
  if (isRoundOne(before.board) !== isRoundOne(after.board)) return true;
  return isRoundOne(after.board) && participantId !== null && seatOf(before, participantId) !== seatOf(after, participantId);
}

/** In round one, the participants at this table: an event about one of its ideas reaches them and no other phone. */
export function tableMates(state: SessionState, tableId: string | null): string[] {
  if (tableId === null || !isRoundOne(state.board)) return [];
  return Object.values(state.participants)
    .filter((p) => p.tableId === tableId)
    .map((p) => p.id);
}
