// Which live sessions leave memory: the idle ones, and the least used ones while all together are over the budget.
import { clockIsRunning } from '../../shared/agenda/policies';
import { estimatedBytes, overBudget } from '../guards/memoryBudget';
import type { Live } from './liveSession';

export type IsWatched = (sessionId: string) => boolean;

/**
 * The sessions nobody uses: no socket in them (`isWatched`), nothing on its way to disk, no clock-mode programme
 * still running, and unused for `idleMs`.
 */
export function idleSessions(lives: Iterable<[string, Live]>, idleMs: number, isWatched: IsWatched, now: number): string[] {
  const idle: string[] = [];
  const cutoff = performance.now() - idleMs;
  for (const [sessionId, { lastUsed, writing, state }] of lives) {
    if (lastUsed > cutoff || writing > 0) continue;
    if (isWatched(sessionId) || clockIsRunning(state, now)) continue;
    idle.push(sessionId);
  }
  return idle;
}

/** The sessions to drop until the live ones fit in `budgetBytes` (server/guards/memoryBudget.ts); one writing or timed stays. */
export function sessionsOverBudget(lives: Iterable<[string, Live]>, budgetBytes: number, isWatched: IsWatched, now: number): string[] {
  const candidates = [...lives].map(([sessionId, { state, lastUsed, writing }]) => {
    const isPinned = writing > 0 || clockIsRunning(state, now);
    return { sessionId, bytes: estimatedBytes(state), lastUsed, isWatched: isWatched(sessionId), isPinned };
  });
  return overBudget(candidates, budgetBytes);
}
