import type { AgendaMode } from '../agenda/types';
import type { Idea, IdeaGroup } from '../board/types';
import type { Question } from '../question/types';
import type { ItemRun } from './types';

export type UndoEvent =
  /** The step at `seq` was taken back by the events that follow it in the same command. */
  | { type: 'history:undone'; seq: number }
  /** A merge taken back: the source idea returns, the target gets its text back and loses the source's dots. */
  | { type: 'idea:unmerged'; source: Idea; targetId: string; text: string; votes: Record<string, number> }
  /**
   * A question merge taken back: the source returns with its own upvotes, the target gets back the upvotes it had
   * (`votes`, `voters`), each less any taken back since and plus any given since. `source` is null for a screen
   * that may not see it (pending, hidden); `voters` holds the screen's own participant at most (see the projection).
   */
  | { type: 'question:unmerged'; source: Question | null; targetId: string; votes: number; voters: string[] }
  | { type: 'group:restored'; group: IdeaGroup; ideaIds: string[] }
  | { type: 'agenda:modeRestored'; mode: AgendaMode; currentItemId: string | null; runs: ItemRun[] };
