import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { BoardEvent } from './events';
import { addDots, dropDotsOf, OTHERS, withCount } from './dots';
import { addIdea, findIdea, removeIdea, updateIdea } from './ideas';
import { ownValue, withEntry, withoutEntry } from '../records';
import type { BoardState, Idea } from './types';
import { withTable } from './initial';

const onBoard = (state: SessionState, change: (board: BoardState) => BoardState): SessionState => ({
  ...state,
  board: change(state.board),
});

const bump = (idea: Idea, at: number, change: Partial<Idea>): Idea => ({
  ...idea,
  ...change,
  version: idea.version + 1,
  updatedAt: at,
});

function withDots(votes: Record<string, number>, participantId: string, delta: number): Record<string, number> {
  const dots = (ownValue(votes, participantId) ?? 0) + delta;
  return withCount(votes, participantId, dots);
}

/** A screen that never saw who voted learns the totals: everything but its own dots counts as OTHERS. */
function withTotals(board: BoardState, totals: Record<string, number>): BoardState {
  const ideas = board.ideas.map((idea) => {
    const own = withoutEntry(idea.votes, OTHERS);
    let mine = 0;
    for (const n of Object.values(own)) mine += n;
    return { ...idea, votes: withCount(own, OTHERS, (ownValue(totals, idea.id) ?? 0) - mine) };
  });
  return { ...board, ideas };
}

function review(board: BoardState, e: Extract<BoardEvent, { type: 'idea:reviewed' }>): BoardState {
  let next = board;
  for (const id of e.ids) {
    if (e.decision === 'reject') next = removeIdea(dropDotsOf(next, findIdea(next, id)), id);
    else next = updateIdea(next, id, (idea) => ({ ...idea, pending: false }));
  }
  for (const idea of e.ideas ?? []) if (!findIdea(next, idea.id)) next = addIdea(next, idea);
  return next;
}

export const boardEvolvers: EvolverMap<BoardEvent> = {
  'idea:added': (s, e) => onBoard(s, (b) => addIdea(b, withTable(e.idea))),
  'idea:edited': (s, e, m) => onBoard(s, (b) => updateIdea(b, e.id, (i) => bump(i, m.at, e.changes))),
  'idea:deleted': (s, e) => onBoard(s, (b) => removeIdea(dropDotsOf(b, findIdea(b, e.id)), e.id)),
  'idea:hidden': (s, e, m) => onBoard(s, (b) => updateIdea(b, e.id, (i) => bump(i, m.at, { hidden: e.hidden }))),
  'idea:moved': (s, e, m) =>
    onBoard(s, (b) => updateIdea(b, e.id, (i) => bump(i, m.at, { sector: e.sector, gains: e.gains, groupId: e.groupId }))),
  'idea:merged': (s, e, m) =>
    onBoard(s, (b) => removeIdea(updateIdea(b, e.targetId, (i) => bump(i, m.at, { text: e.text, votes: e.votes })), e.sourceId)),
  'idea:grouped': (s, e, m) => onBoard(s, (b) => updateIdea(b, e.id, (i) => bump(i, m.at, { groupId: e.groupId }))),
  'group:created': (s, e) => onBoard(s, (b) => ({ ...b, groups: withEntry(b.groups, e.group.id, e.group) })),
  'group:renamed': (s, e) =>
    onBoard(s, (b) => {
      const group = ownValue(b.groups, e.id);
      return group ? { ...b, groups: withEntry(b.groups, e.id, { ...group, title: e.title }) } : b;
    }),
  'group:deleted': (s, e) =>
    onBoard(s, (b) => {
      const groups = withoutEntry(b.groups, e.id);
      const ideas = b.ideas.map((i) => (i.groupId === e.id ? { ...i, groupId: null } : i));
      return { ...b, groups, ideas };
    }),
  'board:phaseChanged': (s, e) =>
    onBoard(s, (b) => {
      const next = { ...b, phase: e.phase, autoOpenedFor: e.autoOpenedFor ?? b.autoOpenedFor };
      return e.voteTotals ? withTotals(next, e.voteTotals) : next;
    }),
  'board:settingsChanged': (s, e) => onBoard(s, (b) => ({ ...b, settings: { ...b.settings, ...e.settings } })),
  'vote:cast': (s, e) =>
    onBoard(s, (b) => addDots(updateIdea(b, e.ideaId, (i) => ({ ...i, votes: withDots(i.votes, e.participantId, 1) })), e.participantId, 1)),
  'vote:retracted': (s, e) =>
    onBoard(s, (b) => addDots(updateIdea(b, e.ideaId, (i) => ({ ...i, votes: withDots(i.votes, e.participantId, -1) })), e.participantId, -1)),
  'idea:reviewed': (s, e) => onBoard(s, (b) => review(b, e)),
};
