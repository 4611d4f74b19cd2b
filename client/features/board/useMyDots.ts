import { ownValue } from '../../../shared/records';
import { dotsLeft } from '../../../shared/board/selectors';
import { useOutbox } from '../../net/outbox';
import { useBoard, useMyParticipantId } from './useBoard';

export interface MyDots {
  /** Dots still to place, counting those on their way to the server. */
  left: number;
  /** This phone's dots on an idea, counting those on their way. */
  on: (ideaId: string, stored: Record<string, number>) => number;
  /** Whether a dot step on this idea waits in the outbox. */
  isPending: (ideaId: string) => boolean;
}

/** The server's count of this phone's dots, with the steps still in the outbox laid over it (a refused one is not). */
export function useMyDots(): MyDots {
  const board = useBoard();
  const me = useMyParticipantId();
  const entries = useOutbox((s) => s.entries);
  const pending = new Map<string, number>();
  for (const e of entries) {
    if ((e.name === 'vote:cast' || e.name === 'vote:retract') && e.status !== 'failed' && e.payload.dots !== undefined) pending.set(e.payload.ideaId, e.payload.dots);
  }
  const storedOn = (ideaId: string) => (me ? (ownValue(board.ideas.find((i) => i.id === ideaId)?.votes ?? {}, me) ?? 0) : 0);
  let left = me ? dotsLeft(board, me) : 0;
  for (const [ideaId, dots] of pending) left -= dots - storedOn(ideaId);
  return {
    left: Math.max(0, left),
    on: (ideaId, stored) => pending.get(ideaId) ?? (me ? (ownValue(stored, me) ?? 0) : 0),
    isPending: (ideaId) => pending.has(ideaId),
  };
}
