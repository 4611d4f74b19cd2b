import type { EvolverMap } from '../evolve';
import { updateIdea } from '../board/ideas';
import type { BoardState, Idea } from '../board/types';
import { ownValue, withEntry } from '../records';
import type { Participant, SessionState } from '../state';
import type { TableEvent } from './events';

function withSeat(participant: Participant, tableId: string | null): Participant {
  const { tableId: _old, ...rest } = participant;
  return tableId === null ? rest : { ...rest, tableId };
}

/** The tables become `tables`; ideas and people at a table that is gone are at none. */
function setTables(state: SessionState, tables: BoardState['tables']): SessionState {
  const ids = new Set(tables.map((t) => t.id));
  const gone = (tableId: string | null | undefined) => tableId != null && !ids.has(tableId);
  const ideas = state.board.ideas.some((idea) => gone(idea.tableId))
    ? state.board.ideas.map((idea) => (gone(idea.tableId) ? { ...idea, tableId: null } : idea))
    : state.board.ideas;
  let participants = state.participants;
  for (const p of Object.values(state.participants)) if (gone(p.tableId)) participants = withEntry(participants, p.id, withSeat(p, null));
  const projector = gone(state.projector.tableId) ? { ...state.projector, tableId: null } : state.projector;
  return { ...state, participants, projector, board: { ...state.board, tables, ideas } };
}

/** Round one's dots move to `roundOne`: they stay in round one, and every phone starts round two with all its dots. */
function closeRoundOne(idea: Idea): Idea {
  if (Object.keys(idea.votes).length === 0) return idea;
  return { ...idea, roundOne: idea.votes, votes: {} };
}

export const tableEvolvers: EvolverMap<TableEvent> = {
  'board:tablesSet': (state, e) => setTables(state, e.tables),
  'participant:seated': (state, e) => {
    const participant = ownValue(state.participants, e.participantId);
    return participant ? { ...state, participants: withEntry(state.participants, e.participantId, withSeat(participant, e.tableId)) } : state;
  },
  'idea:tableChanged': (state, e, meta) => ({
    ...state,
    board: updateIdea(state.board, e.id, (idea) => ({ ...idea, tableId: e.tableId, version: idea.version + 1, updatedAt: meta.at })),
  }),
  'board:roundStarted': (state, e) => ({
    ...state,
    board: { ...state.board, round: e.round, picks: e.picks, ideas: state.board.ideas.map(closeRoundOne), dots: {} },
  }),
};
