// Every table at a glance for the facilitator: the shared counts per table (shared/tables/selectors.ts) with who
// wrote lately and whether a table has gone quiet. Pure, so the console and its tests agree.
import { visibleIdeas } from '../../../shared/board/selectors';
import type { BoardState } from '../../../shared/board/types';
import type { TableSummary } from '../../../shared/tables/selectors';
import { tableSummaries } from '../../../shared/tables/selectors';
import type { Actor } from '../../../shared/state';
import type { TableEntry } from './tableDraft';

/** A table whose last idea is older than this while the board collects has gone quiet. */
export const QUIET_MS = 4 * 60_000;

export interface TableStats extends TableSummary {
  table: TableEntry;
  /** People who wrote an idea here within QUIET_MS. */
  active: number;
  /** People seated here, when the screen is told (the facilitator's); null when it is not. */
  seated: number | null;
  isQuiet: boolean;
}

/**
 * Per table, in the tables' order: its ideas by sector as `actor` sees them, who wrote lately, and whether it has
 * gone quiet (it had ideas, and none came for QUIET_MS while the board collects). `seatedAt` counts the people at
 * each table, when known.
 */
export function tableStats(board: BoardState, actor: Actor | null, opts: { now: number; seatedAt?: ReadonlyMap<string | null, number> }): TableStats[] {
  const summaries = new Map(tableSummaries(board, actor).map((s) => [s.tableId, s]));
  const recent = new Map<string, Set<string>>();
  for (const idea of visibleIdeas(board, actor)) {
    if (!idea.tableId || !idea.authorId || opts.now - idea.createdAt > QUIET_MS) continue;
    const writers = recent.get(idea.tableId) ?? new Set<string>();
    recent.set(idea.tableId, writers.add(idea.authorId));
  }
  const isCollecting = board.phase === 'collecting';
  return board.tables.map((table) => {
    const summary = summaries.get(table.id)!;
    const isQuiet = isCollecting && summary.lastIdeaAt !== null && opts.now - summary.lastIdeaAt > QUIET_MS;
    const seated = opts.seatedAt ? (opts.seatedAt.get(table.id) ?? 0) : null;
    return { ...summary, table, active: recent.get(table.id)?.size ?? 0, seated, isQuiet };
  });
}
