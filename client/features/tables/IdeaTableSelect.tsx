import type { Idea } from '../../../shared/board/types';
import { useT } from '../../i18n';
import { useTables } from './useTables';
import { TableOptions } from './TableOptions';

/** The facilitator moves an idea to another table (one written at the wrong table, or before there were tables). */
export function IdeaTableSelect({ idea, onMove }: { idea: Idea; onMove: (tableId: string | null) => void }) {
  const t = useT();
  const tables = useTables();
  if (tables.length === 0) return null;
  return (
    <select aria-label={t('tables.moveTo')} value={idea.tableId ?? ''} onChange={(e) => onMove(e.target.value || null)} data-testid="idea-table">
      <option value="">{t('tables.noTable')}</option>
      <TableOptions tables={tables} />
    </select>
  );
}
