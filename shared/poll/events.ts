import type { Poll, PollAnswer } from './types';

export type PollEvent =
  | { type: 'poll:created'; poll: Poll }
  | { type: 'poll:opened'; id: string }
  | { type: 'poll:closed'; id: string }
  | { type: 'poll:deleted'; id: string }
  | { type: 'poll:presented'; id: string | null }
  /**
   * `previous` lets any client move the tally from the old answer to the new one without knowing who answered;
   * `participantId` is for the facilitator and the one who answered.
   */
  | { type: 'poll:answered'; pollId: string; participantId?: string; answer: PollAnswer; previous: PollAnswer | null };
