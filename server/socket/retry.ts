// A command decided on a state another node had already moved past is decided again on the caught-up state.
import { isSeqConflict, stillConflicting } from '../store/conflict';

/** Enough for a session written from several nodes at once; past it the client is told to try again. */
export const CONFLICT_RETRIES = 4;

/**
 * Runs `attempt` until it does not lose a (session_id, seq) race. The hub has already rewound the session and
 * caught it up by the time the conflict arrives here, so the next attempt decides on the stored state: nothing is
 * applied twice (client-made ids make a repeated add the same idea) and nothing accepted is lost.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSeqConflict(error)) throw error;
      if (tries >= CONFLICT_RETRIES) throw stillConflicting();
    }
  }
}
