import type { SimilarScope } from './types';

export type SimilarEvent =
  /** A suggested group the facilitator or a moderator set aside: only they see it (shared/eventKinds/board.ts). */
  { type: 'similar:dismissed'; scope: SimilarScope; ids: string[] };
