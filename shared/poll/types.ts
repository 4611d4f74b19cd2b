export const pollKinds = ['single', 'multiple', 'scale', 'words', 'text'] as const;
export type PollKind = (typeof pollKinds)[number];
export type PollStatus = 'draft' | 'open' | 'closed';

/** The scale polls use: 1 to 5. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** One participant's answer, shaped by the poll's kind. Choices are option indexes. */
export type PollAnswer = { choices: number[] } | { scale: number } | { words: string[] } | { text: string };

export interface WordCount {
  /** The word as counted: lower case, no spaces (see normaliseWord). */
  key: string;
  /** The word as first typed, for display. */
  label: string;
  count: number;
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
}
