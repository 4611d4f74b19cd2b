import { sectorLabels, sectors } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useMemo } from 'react';
import type { BoardTable } from '../../../shared/board/types';
import { type TableSummary, tableSummaries } from '../../../shared/tables/selectors';
import { useApp } from '../../store/appStore';
import { useBoard, useLabel } from '../board/useBoard';
import { usePager } from '../projector/usePager';
import { tileLayout } from './tileLayout';

/** While the tables collect: each table's count of ideas, large, by sector, a page of tiles at a time. */
export function TablesProgress() {
  const t = useT();
  const board = useBoard();
  const actor = useApp((s) => s.actor);
  const stats = useMemo(() => tileStats(board.tables, tableSummaries(board, actor)), [board, actor]);
  const layout = tileLayout(stats.length);
  const { page } = usePager(layout.pages, null);
  const shown = stats.slice(page * layout.perPage, (page + 1) * layout.perPage);
  return (
    <div className="ptables" data-testid="tables-progress" data-page={page + 1} data-pages={layout.pages}>
      <div className="paged-head">
        <h2>
          {t('tables.progress')} · {t('tables.ideas', { count: stats.reduce((sum, s) => sum + s.ideas, 0) })}
        </h2>
        {layout.pages > 1 && <p className="paged-indicator">{t('projector.page', { page: page + 1, pages: layout.pages })}</p>}
      </div>
      <ul className="ptable-tiles" style={{ gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${layout.rows}, minmax(0, 1fr))` }}>
        {shown.map((s) => (
          <TableTile key={s.table.id} stats={s} />
        ))}
      </ul>
      <SectorKey />
    </div>
  );
}

type TileStats = TableSummary & { table: BoardTable };

/** The tables' own rows, each with its table (the ideas of no table are not a tile). */
function tileStats(tables: readonly BoardTable[], summaries: readonly TableSummary[]): TileStats[] {
  return tables.flatMap((table) => summaries.filter((s) => s.tableId === table.id).map((s) => ({ ...s, table })));
}

function TableTile({ stats }: { stats: TileStats }) {
  const t = useT();
  return (
    <li className="ptable" data-testid="table-tile" data-table-id={stats.table.id} data-ideas={stats.ideas}>
      <h3 className="ptable-name">{stats.table.name}</h3>
      <p className="ptable-count" aria-label={t('tables.ideas', { count: stats.ideas })}>
        {stats.ideas}
      </p>
      <div className="ptable-bar" aria-hidden="true">
        {sectors.map((sector) => (
          <span key={sector} className={`sector-${sector}`} style={{ flexGrow: stats.bySector[sector] }} />
        ))}
      </div>
    </li>
  );
}

/** Which colour is which sector, once under the tiles. */
function SectorKey() {
  const label = useLabel();
  return (
    <ul className="ptable-key">
      {sectors.map((sector) => (
        <li key={sector} className={`sector-${sector}`}>
          {label(sectorLabels[sector])}
        </li>
      ))}
    </ul>
  );
}
