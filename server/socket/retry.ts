// A command decided on a state another node had already moved past is decided again on the caught-up state.
import { StoreConflict } from '../store/failures';
import { CONFLICT_RETRIES } from '../tuning';


/**
 * Runs `attempt` until it does not lose a (session_id, seq) race. The hub has rewound the session by the time the
 * conflict arrives here; a retrying attempt catches it up (`hub.catchUp`) before it decides again, so nothing is
 * applied twice (client-made ids make a repeated add the same idea) and nothing accepted is lost.
 */
export async function retryOnConflict<T>(attempt: (retrying: boolean) => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(tries > 1);
    } catch (error) {
      if (!(error instanceof StoreConflict) || tries >= CONFLICT_RETRIES) throw error;
    }
  }
}
