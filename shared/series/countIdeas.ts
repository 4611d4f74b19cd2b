// Ideas a combined view would carry from one workshop: the visible ones.
import type { SessionState } from '../state';

export function countVisibleIdeas(state: SessionState): number {
  let count = 0;
  for (const idea of state.board.ideas) if (!idea.hidden && !idea.pending) count += 1;
  return count;
}
