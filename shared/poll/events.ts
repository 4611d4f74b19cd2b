import type { Poll, PollAnswer, PollTally } from './types';

export type PollEvent =
  | { type: 'poll:created'; poll: Poll }
  /** `tally` only to a screen whose view of the results changes with it: the results as that screen may now see them. */
  | { type: 'poll:opened'; id: string; tally?: PollTally }
  | { type: 'poll:closed'; id: string; tally?: PollTally }
  | { type: 'poll:deleted'; id: string }
  | { type: 'poll:presented'; id: string | null }
  /**
   * `previous` lets any client move the tally from the old answer to the new one without knowing who answered;
   * `participantId` is for the facilitator and the one who answered.
   */
  | { type: 'poll:answered'; pollId: string; participantId?: string; answer: PollAnswer; previous: PollAnswer | null }
  /**
   * An answer to a poll whose results are held back until closing, as a screen other than the facilitator's
   * receives it: one more respondent when `first`, and the answer itself only to the one who gave it.
   */
  | { type: 'poll:answerCounted'; pollId: string; first: boolean; participantId?: string; answer?: PollAnswer };
