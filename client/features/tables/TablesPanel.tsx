import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useServerNow } from '../../net/clock';
import { useApp } from '../../store/appStore';
import { useBoard } from '../board/useBoard';
import { TableSheet } from './TableSheet';
import { TablesOverview } from './TablesOverview';
import { TablesSetup } from './TablesSetup';
import { tableStats } from './tableStats';
import { useShownTable } from './useShownTable';
import { useSeatedAt, useTables } from './useTables';
import { VoteRounds } from './VoteRounds';
import './tables.css';
import { TableOptions } from './TableOptions';

/** The facilitator's tables: setting them, their QR sheet, and (once the board is open) every table at a glance. */
export function TablesPanel({ opened, onOpen }: { opened: string | null; onOpen: (tableId: string | null) => void }) {
  const t = useT();
  const tables = useTables();
  const board = useBoard();
  const actor = useApp((s) => s.actor);
  const seatedAt = useSeatedAt();
  const now = useServerNow(15_000);
  const [printing, setPrinting] = useState(false);
  const shown = useShownTable();
  const stats = useMemo(() => tableStats(board, actor, { now, seatedAt }), [board, actor, now, seatedAt]);
  return (
    <section className="tables-panel" aria-labelledby="tables-heading" data-testid="tables-panel">
      <h3 id="tables-heading">{t('tables.title')}</h3>
      <TablesSetup tables={tables} onPrint={() => setPrinting(true)} />
      {tables.length > 0 && <VoteRounds />}
      {tables.length > 0 && board.phase !== 'closed' && (
        <TablesOverview stats={stats} opened={opened} onOpen={(id) => onOpen(opened === id ? null : id)} shown={shown.tableId} onShow={shown.show} />
      )}
      {printing && <TableSheet tables={tables} onClose={() => setPrinting(false)} />}
    </section>
  );
}

/** "Vis tavlen for": the whole room, or one table's board, moderated there as on the whole board. */
export function TableFilter({ value, onChange }: { value: string | null; onChange: (tableId: string | null) => void }) {
  const t = useT();
  const tables = useTables();
  if (tables.length === 0) return null;
  return (
    <label className="check table-filter">
      {t('tables.filter')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid="table-filter">
        <option value="">{t('tables.whole')}</option>
        <TableOptions tables={tables} />
      </select>
    </label>
  );
}
