import type { AgendaMode } from '../agenda/types';
import type { Idea, IdeaGroup } from '../board/types';
import type { Question } from '../question/types';

/** What an item's run looked like, so undoing a mode switch can put it back. */
export interface ItemRun {
  id: string;
  actualStart: number | null;
  actualEnd: number | null;
  countdownFrom: number | null;
}

/**
 * A step the facilitator can take back, remembered with what it replaced. Taking it back is done with new
 * events (the log is never rewritten), and only while nothing it touched has changed since.
 */
export type UndoEntry = { seq: number; undone: boolean } & (
  | { kind: 'merge'; source: Idea; targetId: string; targetText: string; targetVersion: number }
  | { kind: 'groupDelete'; group: IdeaGroup; ideaIds: string[] }
  /**
   * A question merged into another: the source as it was, the target's upvotes before the merge, and its voters just
   * after it (so upvotes given or taken back since can be told apart from the merge's).
   */
  | { kind: 'questionMerge'; source: Question; targetId: string; targetVotes: number; targetVoters: string[]; mergedVoters: string[] }
  | { kind: 'mode'; mode: AgendaMode; currentItemId: string | null; runs: ItemRun[]; stale: boolean }
);
export type UndoKind = UndoEntry['kind'];

/** The most recent steps are kept; older ones can no longer be taken back. */
export const UNDO_MAX = 20;
