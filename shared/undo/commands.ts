import { z } from 'zod';
import { defineCommand, requireFacilitator } from '../command';
import { fail } from '../errors';
import { findIdea } from '../board/ideas';
import type { DomainEvent } from '../events';
import { ownValue, withEntry, withoutEntry } from '../records';
import { seqSchema } from '../schemas';
import type { SessionState } from '../state';
import type { UndoEntry } from './types';
import { questionUnmerged } from './questionMerge';

const changedSince = (): never => fail('changed_since', 'It has changed since, so it cannot be undone');

/** The target's dots less the source's: what the target held before the merge, plus any dots placed since. */
function votesWithout(target: Record<string, number>, source: Record<string, number>): Record<string, number> {
  let votes: Record<string, number> = { ...target };
  for (const [participantId, dots] of Object.entries(source)) {
    const left = (ownValue(votes, participantId) ?? 0) - dots;
    if (left < 0) changedSince(); // a dot of the source was taken back since: the dots no longer add up
    votes = left === 0 ? withoutEntry(votes, participantId) : withEntry(votes, participantId, left);
  }
  return votes;
}

function undoEvents(state: SessionState, entry: UndoEntry): DomainEvent[] {
  switch (entry.kind) {
    case 'merge': {
      const target = findIdea(state.board, entry.targetId);
      if (!target || target.version !== entry.targetVersion || findIdea(state.board, entry.source.id)) return changedSince();
      const votes = votesWithout(target.votes, entry.source.votes);
      return [{ type: 'idea:unmerged', source: entry.source, targetId: target.id, text: entry.targetText, votes }];
    }
    case 'questionMerge':
      return questionUnmerged(state, entry);
    case 'groupDelete': {
      if (Object.hasOwn(state.board.groups, entry.group.id)) return changedSince();
      // Ideas moved to another sector or regrouped since stay where they are now.
      const ideaIds = entry.ideaIds.filter((id) => {
        const idea = findIdea(state.board, id);
        return idea && idea.groupId === null && idea.sector === entry.group.sector;
      });
      return [{ type: 'group:restored', group: entry.group, ideaIds }];
    }
    case 'mode': {
      if (entry.stale || state.agenda.mode === entry.mode) return changedSince();
      const exists = (id: string | null) => id !== null && state.agenda.items.some((i) => i.id === id);
      const runs = entry.runs.filter((r) => exists(r.id));
      return [{ type: 'agenda:modeRestored', mode: entry.mode, currentItemId: exists(entry.currentItemId) ? entry.currentItemId : null, runs }];
    }
  }
}

export const undoCommands = {
  /** Takes back the step stored at `seq` (a merge, a deleted group, a switch of how the programme is driven). */
  'history:undo': defineCommand(z.strictObject({ seq: seqSchema }), ({ state, actor }, { seq }) => {
    requireFacilitator(actor);
    const entry = (state.undo ?? []).find((e) => e.seq === seq) ?? fail('not_found', 'There is nothing to undo there');
    if (entry.undone) fail('already_undone', 'That has already been undone');
    return [...undoEvents(state, entry), { type: 'history:undone', seq }];
  }),
};
