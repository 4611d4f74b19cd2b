import { describe, expect, it } from 'vitest';
import { type BudgetCandidate, overBudget } from '../../server/memoryBudget';

const session = (sessionId: string, lastUsed: number, more: Partial<BudgetCandidate> = {}): BudgetCandidate => ({
  sessionId,
  bytes: 100,
  lastUsed,
  isWatched: false,
  isPinned: false,
  ...more,
});

describe('which live sessions leave memory over the budget', () => {
  it.each([
    ['none, within the budget', [session('a', 1), session('b', 2)], 200, []],
    ['the least recently used first', [session('a', 3), session('b', 1), session('c', 2)], 150, ['b', 'c']],
    ['unwatched before watched, however recently used', [session('a', 1, { isWatched: true }), session('b', 5), session('c', 9)], 200, ['b']],
    ['watched ones too when the unwatched are not enough', [session('a', 1, { isWatched: true }), session('b', 2, { isWatched: true }), session('c', 9)], 100, ['a', 'b']],
    ['never one with writes on their way or a running clock', [session('a', 1, { isPinned: true }), session('b', 2), session('c', 9)], 100, ['b']],
    ['never the most recently used, even alone over the budget', [session('a', 1), session('b', 9, { bytes: 1000 })], 100, ['a']],
  ] as const)('%s', (_what, candidates, budget, leaving) => {
    expect(overBudget(candidates, budget)).toEqual(leaving);
  });
});
