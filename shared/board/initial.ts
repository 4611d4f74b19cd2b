import type { BoardSettings, BoardState } from './types';

export const defaultBoardSettings: BoardSettings = {
  dotsPerParticipant: 3,
  allowStacking: false,
  showNamesOnProjector: false,
  openOnWorkshop: true,
  requireApproval: false,
};

export function emptyBoard(settings: Partial<BoardSettings> = {}): BoardState {
  return { phase: 'closed', settings: { ...defaultBoardSettings, ...settings }, ideas: [], groups: {}, autoOpenedFor: null, dots: {} };
}
