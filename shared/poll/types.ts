export const pollKinds = ['single', 'multiple', 'scale', 'words', 'text'] as const;
export type PollKind = (typeof pollKinds)[number];
export type PollStatus = 'draft' | 'open' | 'closed';

/** The scale polls use: 1 to 5. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** One participant's answer, shaped by the poll's kind. Choices are option indexes. */
export type PollAnswer = { choices: number[] } | { scale: number } | { words: string[] } | { text: string };

export interface WordCount {
  /** The word as counted: made by the server (shared/words/wordKey.ts), so inflections and spellings are one key. */
  key: string;
  /** The form first typed; a cloud shows the form typed most (`forms`, see shared/poll/cloud.ts). */
  label: string;
  count: number;
  /** Each form as typed, with how many typed it: the cloud shows the one typed most. */
  forms: [form: string, count: number][];
  /** A Danish or English stop word: left out of the cloud unless the facilitator shows it. */
  stop?: boolean;
}

/** How the server keyed one typed word of an answer: the tally counts by this, never by what a screen computes. */
export interface WordTag {
  key: string;
  stop: boolean;
}

/** The facilitator's say over one word: hidden or shown in one poll's cloud (`pollId`) or every poll's (null). */
export interface WordRule {
  pollId: string | null;
  key: string;
  /** The word as the facilitator typed it, for display. */
  word: string;
  rule: 'hide' | 'show';
}

/** Results kept up to date answer by answer, so no phone needs to know who answered to fold them. */
export interface PollTally {
  respondents: number;
  /** Per option (single, multiple) or per step of the scale (index 0 is 1). */
  counts: number[];
  words: WordCount[];
  texts: string[];
}

export interface Poll {
  id: string;
  /** The programme item it belongs to, or null for a poll made on the spot. */
  itemId: string | null;
  kind: PollKind;
  question: string;
  options: string[];
  status: PollStatus;
  /** False: the projector shows the results only once the poll is closed. */
  resultsLive: boolean;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
  tally: PollTally;
  /** participantId -> their answer and how often they answered: the facilitator's to know, never another phone's. */
  answers: Record<string, { answer: PollAnswer; times: number }>;
}

export interface PollsState {
  polls: Poll[];
  /** The poll on the projector: the last one opened, until the facilitator takes it off. */
  presentedId: string | null;
  /** The facilitator's word rules for the clouds, in the order given. */
  wordRules: WordRule[];
}
