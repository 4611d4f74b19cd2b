import type { AnswerTags } from './tally';
import type { Poll, PollAnswer, PollTally, WordCount, WordRule } from './types';

export type PollEvent =
  | { type: 'poll:created'; poll: Poll }
  /** `tally` only to a screen whose view of the results changes with it: the results as that screen may now see them. */
  | { type: 'poll:opened'; id: string; tally?: PollTally }
  | { type: 'poll:closed'; id: string; tally?: PollTally }
  | { type: 'poll:deleted'; id: string }
  | { type: 'poll:presented'; id: string | null }
  /**
   * `previous` lets any client move the tally from the old answer to the new one without knowing who answered;
   * `participantId` is for the facilitator and the one who answered. `tags`: how the server keyed the words of a
   * word-cloud answer and of the one it replaces (absent from events stored before words were keyed so).
   */
  | { type: 'poll:answered'; pollId: string; participantId?: string; answer: PollAnswer; previous: PollAnswer | null; tags?: AnswerTags }
  /**
   * An answer to a poll whose results are held back until closing, as a screen other than the facilitator's
   * receives it: one more respondent when `first`, and the answer itself only to the one who gave it.
   */
  | { type: 'poll:answerCounted'; pollId: string; first: boolean; participantId?: string; answer?: PollAnswer }
  /** The facilitator hid or showed a word (`key` made by the server) in one poll's cloud or every poll's (`pollId` null). */
  | { type: 'poll:wordRuled'; pollId: string | null; key: string; word: string; rule: WordRule['rule'] | 'default' }
  /**
   * `poll:wordRuled` as a screen other than the facilitator's receives it, never stored: the rules it holds (those
   * showing a stop word; a hidden word's rule would name it) and each poll whose cloud changed, with its words now.
   */
  | { type: 'poll:cloudChanged'; rules: WordRule[]; clouds: { id: string; words: WordCount[] }[] };
