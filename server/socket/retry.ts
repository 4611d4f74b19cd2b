// A command decided on a state another node had already moved past is decided again on the caught-up state.
import { StoreConflict } from '../store/failures';
import type { SessionHub } from '../session/hub';
import { CONFLICT_RETRIES } from '../tuning';

/**
 * Runs `attempt` until it does not lose a (session_id, seq) race. The hub has rewound the session by the time the
 * conflict arrives here; it is caught up with what the other node stored (`hub.catchUp`) before `attempt` decides
 * again, so nothing is applied twice (client-made ids make a repeated add the same idea) and nothing accepted is lost.
 * The one place a command or a join is tried again.
 */
export async function retryOnConflict<T>(hub: Pick<SessionHub, 'catchUp'>, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StoreConflict) || tries >= CONFLICT_RETRIES) throw error;
      // Lost a race to another node: what it stored comes first.
      await hub.catchUp(error.sessionId);
    }
  }
}
