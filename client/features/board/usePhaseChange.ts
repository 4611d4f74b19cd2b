import { type BoardPhase, boardPhases } from '../../../shared/board/types';
import { type StringKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { useBoard } from './useBoard';

/** Steps that end something for the room (no more ideas, no more votes) ask first: buttons and shortcuts alike. */
const asksFirst: Partial<Record<BoardPhase, StringKey>> = { voting: 'board.confirm.voting', results: 'board.confirm.results' };

/** The phase a step forward leads to; 'closed' comes first, so it is never a step forward. */
export const phaseAfter = (phase: BoardPhase): Exclude<BoardPhase, 'closed'> | null =>
  (boardPhases[boardPhases.indexOf(phase) + 1] as Exclude<BoardPhase, 'closed'> | undefined) ?? null;

/** Changes the board's phase the one way every control does it. */
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
  const forward = phaseAfter(board.phase);
  return { phase: board.phase, forward, change, goForward: () => (forward ? change(forward) : Promise.resolve(false)), error };
}
