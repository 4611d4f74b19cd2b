import type { Question } from './types';

export interface QuestionFlags {
  approved?: boolean;
  answered?: boolean;
  hidden?: boolean;
}

export type QuestionEvent =
  | { type: 'question:asked'; question: Question }
  /** `participantId` is for the facilitator and the voter; other phones get the count without it. */
  | { type: 'question:upvoted'; questionId: string; participantId?: string }
  | { type: 'question:unvoted'; questionId: string; participantId?: string }
  /**
   * The source asked again what the target asks: it goes, and its upvotes join the target's, a person's once.
   * `voters` is for the facilitator; a phone gets itself in it at most (see the projection).
   */
  | { type: 'question:merged'; sourceId: string; targetId: string; votes: number; voters: string[] }
  | { type: 'question:moderated'; questionId: string; changes: QuestionFlags }
  | { type: 'question:highlighted'; questionId: string | null }
  | { type: 'question:enabled'; itemId: string; enabled: boolean }
  | { type: 'question:settingsChanged'; requireApproval: boolean };
