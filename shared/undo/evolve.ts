import type { EvolverMap } from '../evolve';
import { addIdea, updateIdea } from '../board/ideas';
import { logged } from '../agenda/evolve';
import { withEntry } from '../records';
import type { UndoEvent } from './events';

export const undoEvolvers: EvolverMap<UndoEvent> = {
  // The bookkeeping happens in recordUndo, which sees every event.
  'history:undone': (s) => s,
  'idea:unmerged': (s, e, m) => {
    const restored = updateIdea(s.board, e.targetId, (i) => ({ ...i, text: e.text, votes: e.votes, version: i.version + 1, updatedAt: m.at }));
    const board = restored.ideas.some((i) => i.id === e.source.id) ? restored : addIdea(restored, e.source);
    return { ...s, board };
  },
  'group:restored': (s, e) => {
    const back = new Set(e.ideaIds);
    const ideas = s.board.ideas.map((i) => (back.has(i.id) && i.groupId === null ? { ...i, groupId: e.group.id } : i));
    return { ...s, board: { ...s.board, groups: withEntry(s.board.groups, e.group.id, e.group), ideas } };
  },
  'agenda:modeRestored': (s, e, m) => {
    const runs = new Map(e.runs.map((r) => [r.id, r]));
    const items = s.agenda.items.map((item) => {
      const run = runs.get(item.id);
      return run ? { ...item, actualStart: run.actualStart, actualEnd: run.actualEnd, countdownFrom: run.countdownFrom } : item;
    });
    const log = logged(s.agenda, m, { change: 'mode', title: '', mode: e.mode });
    return { ...s, agenda: { ...s.agenda, mode: e.mode, currentItemId: e.currentItemId, items, log } };
  },
};
