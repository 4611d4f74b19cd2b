// Derived views of the tables, pure so the console, the phone, the projector and the exports agree.
import type { Sector } from '../board/framework';
import { findIdea, voteTotal } from '../board/ideas';
import { sortIdeas, visibleIdeas } from '../board/selectors';
import type { BoardState, Idea, TablePicks } from '../board/types';
import type { Actor, SessionState } from '../state';
import { isRoundTwo } from './seats';

export interface TableSummary {
  /** null: the ideas of no table. */
  tableId: string | null;
  ideas: number;
  bySector: Record<Sector, number>;
  /** When its last idea was written (a table that has gone quiet), or null. */
  lastIdeaAt: number | null;
}

const noSectors = (): Record<Sector, number> => ({ public: 0, market: 0, civil: 0 });

/** Ideas per table and sector as `actor` sees them, in the tables' order, the ideas of no table last (if any). */
export function tableSummaries(board: BoardState, actor: Actor | null): TableSummary[] {
  const rows = new Map<string | null, TableSummary>(board.tables.map((t) => [t.id, { tableId: t.id, ideas: 0, bySector: noSectors(), lastIdeaAt: null }]));
  for (const idea of visibleIdeas(board, actor)) {
    const key = idea.tableId !== null && rows.has(idea.tableId) ? idea.tableId : null;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { tableId: null, ideas: 0, bySector: noSectors(), lastIdeaAt: null }));
    row.ideas += 1;
    row.bySector[idea.sector] += 1;
    row.lastIdeaAt = Math.max(row.lastIdeaAt ?? 0, idea.createdAt);
  }
  return [...rows.values()];
}

/** One table's board: the ideas written at it that `actor` may see (null: the ideas of no table). */
export function tableIdeas(board: BoardState, tableId: string | null, actor: Actor | null): Idea[] {
  return visibleIdeas(board, actor).filter((idea) => idea.tableId === tableId);
}

/** Participants per table (the facilitator's overview; a phone knows only its own seat). Unseated under null. */
export function seatedCounts(state: Pick<SessionState, 'participants'>): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const p of Object.values(state.participants)) counts.set(p.tableId ?? null, (counts.get(p.tableId ?? null) ?? 0) + 1);
  return counts;
}

/**
 * Round one's picks per table: each table's top `picksPerTable` ideas with at least one dot, by dots, then newest.
 * Once round two has started, the picks fixed then; before, the picks as the dots stand now.
 */
export function roundOnePicks(board: BoardState): TablePicks[] {
  if (isRoundTwo(board)) return board.picks;
  const visible = visibleIdeas(board, null);
  return board.tables.map((table) => ({
    tableId: table.id,
    ideas: sortIdeas(visible.filter((idea) => idea.tableId === table.id), 'votes')
      .map((idea) => ({ id: idea.id, votes: voteTotal(idea) }))
      .filter((pick) => pick.votes > 0)
      .slice(0, board.settings.picksPerTable),
  }));
}

/** Whether round two's vote may go to this idea: one of the picks. */
export function isCandidate(board: BoardState, ideaId: string): boolean {
  return board.picks.some((table) => table.ideas.some((pick) => pick.id === ideaId));
}

/** The ideas round two votes among, in the tables' order. */
export function candidates(board: BoardState): Idea[] {
  return board.picks.flatMap((table) => table.ideas.map((pick) => findIdea(board, pick.id))).filter((idea): idea is Idea => idea !== undefined && !idea.hidden);
}

/**
 * The room's ranking across sectors: in round two the candidates by round-two dots; otherwise every visible idea.
 * Only ideas with a dot have a place (as in the per-sector ranking).
 */
export function roomRanking(board: BoardState): { idea: Idea; votes: number }[] {
  const pool = isRoundTwo(board) ? candidates(board) : visibleIdeas(board, null);
  return sortIdeas(pool, 'votes')
    .map((idea) => ({ idea, votes: voteTotal(idea) }))
    .filter((row) => row.votes > 0);
}

