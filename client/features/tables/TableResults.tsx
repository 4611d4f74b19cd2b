import { useCallback, useEffect, useState } from 'react';
import { findIdea } from '../../../shared/board/ideas';
import type { BoardState, Idea, TablePicks as Picks } from '../../../shared/board/types';
import { roundOnePicks } from '../../../shared/tables/selectors';
import { useT } from '../../i18n';
import { useBoard } from '../board/useBoard';
import { ProjectorResults } from '../projector/ProjectorResults';
import { PAGE_MS } from '../../tuning';
import { usePager } from '../projector/usePager';
import { tileLayout } from './tileLayout';
import { type TableEntry } from './tableDraft';
import { useTables } from './useTables';

/** The results of two rounds: each table's picks, a page of tables at a time, then the room's ranking. */
export function TableResults() {
  const [part, setPart] = useState<'picks' | 'ranking'>('picks');
  // One function for the screen's life: the screen renders every second, and the wait must not start again each time.
  const toRanking = useCallback(() => setPart('ranking'), []);
  const t = useT();
  return part === 'picks' ? <TablePicks onDone={toRanking} /> : <ProjectorResults heading={t('tables.roomRanking')} />;
}

const PICK_TABLES_PER_PAGE = 6;

function TablePicks({ onDone }: { onDone: () => void }) {
  const t = useT();
  const board = useBoard();
  const tables = useTables();
  const layout = tileLayout(Math.min(tables.length, PICK_TABLES_PER_PAGE));
  const pages = Math.max(1, Math.ceil(tables.length / layout.perPage));
  const { page } = usePager(pages, null);
  // The last page stays its while, then the room's ranking takes over.
  useEffect(() => {
    if (page !== pages - 1) return;
    const timer = setTimeout(onDone, PAGE_MS);
    return () => clearTimeout(timer);
  }, [page, pages, onDone]);
  const shown = tables.slice(page * layout.perPage, (page + 1) * layout.perPage);
  const picks = roundOnePicks(board);
  return (
    <div className="ptables" data-testid="table-picks" data-page={page + 1} data-pages={pages}>
      <div className="paged-head">
        <h2>{t('tables.picks')}</h2>
        {pages > 1 && <p className="paged-indicator">{t('projector.page', { page: page + 1, pages })}</p>}
      </div>
      <ul className="ppicks-tables" style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${layout.rows}, minmax(0, 1fr))` }}>
        {shown.map((table) => (
          <TablePickList key={table.id} table={table} picks={picksOf(board, picks, table.id)} />
        ))}
      </ul>
    </div>
  );
}

function TablePickList({ table, picks }: { table: TableEntry; picks: { idea: Idea; votes: number }[] }) {
  const t = useT();
  return (
    <li className="ppicks" data-testid="table-pick-list" data-table-id={table.id}>
      <h3>{table.name}</h3>
      {picks.length === 0 && <p className="pempty">{t('tables.noPicks')}</p>}
      <ol>
        {picks.map(({ idea, votes }) => (
          <li key={idea.id} className={`ppick idea-${idea.sector}`} data-testid="table-pick" data-idea-id={idea.id}>
            {idea.text} <span className="ppick-votes">({votes})</span>
          </li>
        ))}
      </ol>
    </li>
  );
}

/** A table's picks with their ideas, leaving out an idea no longer on the board (deleted, hidden since). */
function picksOf(board: BoardState, picks: readonly Picks[], tableId: string): { idea: Idea; votes: number }[] {
  const own = picks.find((p) => p.tableId === tableId)?.ideas ?? [];
  return own.flatMap(({ id, votes }) => {
    const idea = findIdea(board, id);
    return idea && !idea.hidden ? [{ idea, votes }] : [];
  });
}
