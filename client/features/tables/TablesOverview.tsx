import { sectorLabels, sectors } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useServerNow } from '../../net/clock';
import { useLabel } from '../board/useBoard';
import type { TableStats } from './tableStats';

/**
 * Every table at a glance: its ideas by sector, who wrote lately, a table gone quiet; a button opens its board
 * below, another puts it on the projector.
 */
export function TablesOverview(props: {
  stats: readonly TableStats[];
  opened: string | null;
  onOpen: (tableId: string) => void;
  shown: string | null;
  onShow: ((tableId: string | null) => void) | null;
}) {
  const t = useT();
  const { onShow } = props;
  return (
    <div className="tables-overview" data-testid="tables-overview">
      <h3>{t('tables.overview')}</h3>
      <ul className="table-cards">
        {props.stats.map((s) => (
          <TableCard
            key={s.table.id}
            stats={s}
            isOpen={props.opened === s.table.id}
            isShown={props.shown === s.table.id}
            onOpen={() => props.onOpen(s.table.id)}
            onShow={onShow ? () => onShow(props.shown === s.table.id ? null : s.table.id) : null}
          />
        ))}
      </ul>
    </div>
  );
}

function TableCard(props: { stats: TableStats; isOpen: boolean; isShown: boolean; onOpen: () => void; onShow: (() => void) | null }) {
  const { stats, isOpen, isShown, onOpen, onShow } = props;
  const t = useT();
  const label = useLabel();
  const now = useServerNow(15_000);
  const quietFor = stats.lastIdeaAt === null ? 0 : Math.floor((now - stats.lastIdeaAt) / 60_000);
  return (
    <li className={`table-card${stats.isQuiet ? ' table-quiet' : ''}${isOpen ? ' table-open' : ''}`} data-testid="table-card" data-table-id={stats.table.id} data-ideas={stats.ideas} data-quiet={stats.isQuiet || undefined}>
      <h4 className="table-card-name">{stats.table.name}</h4>
      <p className="table-card-count">
        <strong>{t('tables.ideas', { count: stats.ideas })}</strong>
        {stats.seated !== null && <span> · {t('tables.seated', { count: stats.seated })}</span>}
        <span> · {t('tables.active', { count: stats.active })}</span>
      </p>
      <ul className="table-sectors" aria-label={t('board.sector')}>
        {sectors.map((sector) => (
          <li key={sector} className={`table-sector sector-${sector}`}>
            {label(sectorLabels[sector])} <span className="count">{stats.bySector[sector]}</span>
          </li>
        ))}
      </ul>
      {stats.ideas === 0 && <p className="muted small">{t('tables.notStarted')}</p>}
      {stats.isQuiet && (
        <p className="table-quiet-note" data-testid="table-quiet">
          {t('tables.quiet', { minutes: quietFor })}
        </p>
      )}
      <div className="row">
        <button type="button" aria-pressed={isOpen} onClick={onOpen} aria-label={`${t('tables.open')}: ${stats.table.name}`} data-testid="table-open">
          {t('tables.openShort')}
        </button>
        {onShow && (
          <button type="button" aria-pressed={isShown} onClick={onShow} data-testid="table-show">
            {isShown ? t('tables.showing') : t('tables.showOnProjector')}
          </button>
        )}
      </div>
    </li>
  );
}
