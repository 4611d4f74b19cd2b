// Remembers the steps that can be taken back, beside the reducer: it sees the state before and after each event.
import type { DomainEvent } from '../events';
import { forgetting } from '../eventKinds/visitors';
import { findQuestion } from '../question/questions';
import { undoPlaces } from './places';
import { ownValue } from '../records';
import type { SessionState } from '../state';
import { UNDO_MAX, type UndoEntry } from './types';

const keep = (list: UndoEntry[], entry: UndoEntry): UndoEntry[] => [...list, entry].slice(-UNDO_MAX);

export function recordUndo(before: SessionState, after: SessionState, event: DomainEvent, seq: number): SessionState {
  const undo = before.undo ?? [];
  switch (event.type) {
    case 'idea:merged': {
      const source = before.board.ideas.find((i) => i.id === event.sourceId);
      const targetBefore = before.board.ideas.find((i) => i.id === event.targetId);
      const targetAfter = after.board.ideas.find((i) => i.id === event.targetId);
      // A screen that was never sent the source (a phone, a hidden idea) has nothing to take back.
      if (!source || !targetBefore || !targetAfter) return after;
      const entry: UndoEntry = { seq, undone: false, kind: 'merge', source, targetId: event.targetId, targetText: targetBefore.text, targetVersion: targetAfter.version };
      return { ...after, undo: keep(undo, entry) };
    }
    case 'question:merged': {
      const source = findQuestion(before.questions, event.sourceId);
      const target = findQuestion(before.questions, event.targetId);
      if (!source || !target) return after;
      const entry: UndoEntry = {
        seq, undone: false, kind: 'questionMerge', source, targetId: target.id,
        targetVotes: target.votes, targetVoters: target.voters, mergedVoters: event.voters,
      };
      return { ...after, undo: keep(undo, entry) };
    }
    case 'group:deleted': {
      const group = ownValue(before.board.groups, event.id);
      if (!group) return after;
      const ideaIds = before.board.ideas.filter((i) => i.groupId === event.id).map((i) => i.id);
      return { ...after, undo: keep(undo, { seq, undone: false, kind: 'groupDelete', group, ideaIds }) };
    }
    case 'agenda:modeChanged': {
      const { mode, currentItemId, items } = before.agenda;
      const runs = items.map(({ id, actualStart, actualEnd, countdownFrom }) => ({ id, actualStart, actualEnd, countdownFrom }));
      // A newer switch or a jump to an item makes every older switch stale: undoing it would undo more than it.
      const marked = undo.map((e) => (e.kind === 'mode' ? { ...e, stale: true } : e));
      return { ...after, undo: keep(marked, { seq, undone: false, kind: 'mode', mode, currentItemId, runs, stale: false }) };
    }
    case 'agenda:wentTo':
    case 'agenda:modeRestored':
      return undo.some((e) => e.kind === 'mode' && !e.stale) ? { ...after, undo: undo.map((e) => (e.kind === 'mode' ? { ...e, stale: true } : e)) } : after;
    case 'participant:forgotten':
      return before.undo ? { ...after, undo: undoPlaces(forgetting(event.participantId), before.undo) } : after;
    case 'history:undone':
      return { ...after, undo: undo.map((e) => (e.seq === event.seq ? { ...e, undone: true } : e)) };
    default:
      return after;
  }
}
