// The memory budget of the live sessions as a whole: idle sessions leave memory after some minutes, but a few join
// codes can fill several 5,000-idea boards in a minute; beyond the budget the least recently used leave at once,
// those nobody watches first. Nothing is lost: a session that left is read again from the store on its next use.
import v8 from 'node:v8';
import { participantCount } from '../session/fold';
import type { SessionState } from '../../shared/state';
import { HEAP_PER_JSON_BYTE, LIVE_SESSIONS_HEAP_SHARE } from '../tuning';

/** JSON bytes of the parts of one record that are not typed text (ids, times, flags, the keys themselves). */
const jsonBytes = { session: 20_000, idea: 250, participant: 120, question: 200, answer: 100 } as const;

const estimates = new WeakMap<SessionState, number>();

/** Heap a live session holds, estimated from what its state holds (no serialising): counts and text lengths. */
export function estimatedBytes(state: SessionState): number {
  const known = estimates.get(state);
  if (known !== undefined) return known;
  let json = jsonBytes.session + participantCount(state.participants) * jsonBytes.participant;
  for (const idea of state.board.ideas) json += jsonBytes.idea + idea.text.length + idea.partner.length + idea.libraryBrings.length + idea.partnerBrings.length;
  for (const question of state.questions.questions) json += jsonBytes.question + question.text.length;
  for (const poll of state.polls.polls) json += Object.keys(poll.answers).length * jsonBytes.answer;
  const bytes = json * HEAP_PER_JSON_BYTE;
  estimates.set(state, bytes);
  return bytes;
}

/** A share of the heap Node may grow to (server/tuning.ts). */
export function defaultLiveSessionBudget(): number {
  return Math.floor(v8.getHeapStatistics().heap_size_limit * LIVE_SESSIONS_HEAP_SHARE);
}

export interface BudgetCandidate {
  sessionId: string;
  bytes: number;
  lastUsed: number;
  isWatched: boolean;
  /** Appends on their way to disk, a clock still running its programme: such a session cannot leave now. */
  isPinned: boolean;
}

/**
 * Which sessions leave so the rest fit in `budgetBytes`: unwatched before watched, least recently used first within
 * each. The most recently used session always stays, so one board over the budget is not read again every second.
 */
export function overBudget(candidates: readonly BudgetCandidate[], budgetBytes: number): string[] {
  let total = candidates.reduce((sum, c) => sum + c.bytes, 0);
  if (total <= budgetBytes) return [];
  const newest = candidates.reduce<BudgetCandidate | undefined>((a, c) => (a && a.lastUsed >= c.lastUsed ? a : c), undefined);
  const order = candidates
    .filter((c) => !c.isPinned && c !== newest)
    .sort((a, b) => Number(a.isWatched) - Number(b.isWatched) || a.lastUsed - b.lastUsed);
  const leaving: string[] = [];
  for (const candidate of order) {
    if (total <= budgetBytes) break;
    leaving.push(candidate.sessionId);
    total -= candidate.bytes;
  }
  return leaving;
}
