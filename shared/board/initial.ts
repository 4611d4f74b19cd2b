import type { BoardSettings, BoardState, Idea } from './types';

export const defaultBoardSettings: BoardSettings = {
  dotsPerParticipant: 3,
  allowStacking: false,
  showNamesOnProjector: false,
  openOnWorkshop: true,
  requireApproval: false,
  votingRounds: 1,
  picksPerTable: 3,
};

export function emptyBoard(settings: Partial<BoardSettings> = {}): BoardState {
  return { phase: 'closed', settings: { ...defaultBoardSettings, ...settings }, ideas: [], groups: {}, autoOpenedFor: null, dots: {}, tables: [], round: 1, picks: [] };
}

/**
 * A board as any release stored it, in the current shape: tables, rounds and every idea's table were added later
 * (absent: none, one round, no table).
 */
export function currentBoard(board: BoardState): BoardState {
  const settings = { ...defaultBoardSettings, ...board.settings };
  const ideas = board.ideas.every((idea) => idea.tableId !== undefined) ? board.ideas : board.ideas.map(withTable);
  return { ...board, settings, ideas, tables: board.tables ?? [], round: board.round ?? 1, picks: board.picks ?? [] };
}

/** An idea of an older release (no table) as it is now. */
export const withTable = (idea: Idea): Idea => (idea.tableId === undefined ? { ...idea, tableId: null } : idea);
