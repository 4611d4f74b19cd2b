import type { AgendaMode } from '../agenda/types';
import type { Idea, IdeaGroup } from '../board/types';
import type { ItemRun } from './types';

export type UndoEvent =
  /** The step at `seq` was taken back by the events that follow it in the same command. */
  | { type: 'history:undone'; seq: number }
  /** A merge taken back: the source idea returns, the target gets its text back and loses the source's dots. */
  | { type: 'idea:unmerged'; source: Idea; targetId: string; text: string; votes: Record<string, number> }
  | { type: 'group:restored'; group: IdeaGroup; ideaIds: string[] }
  | { type: 'agenda:modeRestored'; mode: AgendaMode; currentItemId: string | null; runs: ItemRun[] };
