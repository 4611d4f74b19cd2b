import { type BoardPhase, boardPhases, type BoardState } from '../../../shared/board/types';
import { isRoundOne } from '../../../shared/tables/seats';
import { type StringKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useBoard } from './useBoard';

/** Steps that end something for the room (no more ideas, no more votes) ask first: buttons and shortcuts alike. */
const asksFirst: Partial<Record<BoardPhase, StringKey>> = { voting: 'board.confirm.voting', results: 'board.confirm.results' };

/** Where a step forward leads: the next phase, or round two while the tables vote among their own ideas. */
type Forward = Exclude<BoardPhase, 'closed'> | 'round2';

/** The phase a step forward leads to; 'closed' comes first, so it is never a step forward. */
export const phaseAfter = (phase: BoardPhase): Exclude<BoardPhase, 'closed'> | null =>
  (boardPhases[boardPhases.indexOf(phase) + 1] as Exclude<BoardPhase, 'closed'> | undefined) ?? null;

const forwardOf = (board: BoardState): Forward | null => (isRoundOne(board) ? 'round2' : phaseAfter(board.phase));

/** Changes the board's phase (and the round of a two-round vote) the one way every control does it. */
export function usePhaseChange() {
  const t = useT();
  const board = useBoard();
  const { run, error } = useCommand();
  const change = async (to: BoardPhase): Promise<boolean> => {
    if (to === board.phase) return false;
    const question = boardPhases.indexOf(to) > boardPhases.indexOf(board.phase) ? asksFirst[to] : undefined;
    if (question && !window.confirm(t(question))) return false;
    return run('board:phase', { phase: to });
  };
  const roundTwo = async (): Promise<boolean> => window.confirm(t('board.confirm.round2')) && run('board:round', { round: 2 });
  const forward = forwardOf(board);
  const goForward = () => (forward === 'round2' ? roundTwo() : forward ? change(forward) : Promise.resolve(false));
  return { phase: board.phase, forward, change, goForward, error };
}
