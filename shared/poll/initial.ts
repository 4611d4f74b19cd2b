import type { PollsState } from './types';

export function emptyPolls(): PollsState {
  return { polls: [], presentedId: null, wordRules: [] };
}
