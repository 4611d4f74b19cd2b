import { OTHERS } from '../board/dots';
import { ownValue, withEntry, withoutEntry } from '../records';
import type { PollsState } from './types';

/** "Glem mig": their answers stay in the results but are filed under OTHERS, as in the scrubbed log. */
export function forgetInPolls(polls: PollsState, participantId: string): PollsState {
  if (participantId === OTHERS) return polls;
  return {
    ...polls,
    polls: polls.polls.map((poll) => {
      const theirs = ownValue(poll.answers, participantId);
      if (!theirs) return poll;
      const others = ownValue(poll.answers, OTHERS);
      const moved = { answer: theirs.answer, times: theirs.times + (others?.times ?? 0) };
      return { ...poll, answers: withEntry(withoutEntry(poll.answers, participantId), OTHERS, moved) };
    }),
  };
}
