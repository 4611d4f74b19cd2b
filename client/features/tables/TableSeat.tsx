import { type FormEvent, useState } from 'react';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import type { TableEntry } from './tableDraft';
import { tableName } from './useTables';
import { TableOptions } from './TableOptions';

/**
 * "Du sidder ved Aarhus · Skift bord", or the question which table, for a phone that came without a table's link.
 * While the tables vote a seated phone stays where it is (`canMove` false).
 */
export function TableSeat({ tables, mine, canMove }: { tables: readonly TableEntry[]; mine: string | null; canMove: boolean }) {
  const t = useT();
  const [choosing, setChoosing] = useState(false);
  const name = tableName(tables, mine);
  if (name && (!choosing || !canMove)) {
    return (
      <p className="table-seat" data-testid="table-seat" data-table-id={mine}>
        {t('table.yours', { name })}{' '}
        {canMove && (
          <button type="button" className="link-button" onClick={() => setChoosing(true)} data-testid="table-change">
            {t('table.change')}
          </button>
        )}
      </p>
    );
  }
  return <TableChooser tables={tables} mine={mine} onDone={() => setChoosing(false)} />;
}

function TableChooser({ tables, mine, onDone }: { tables: readonly TableEntry[]; mine: string | null; onDone: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState(mine ?? '');
  const { run, error } = useCommand();
  const choose = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen && (chosen === mine || (await run('table:choose', { tableId: chosen })))) onDone();
  };
  return (
    <form className="card table-chooser" onSubmit={choose} data-testid="table-chooser">
      <label htmlFor="table-choice">{t('table.question')}</label>
      <div className="row">
        <select id="table-choice" value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="table-choice">
          <option value="" disabled>
            {t('table.none')}
          </option>
          <TableOptions tables={tables} />
        </select>
        <button type="submit" className="primary" disabled={!chosen} data-testid="table-choose">
          {t('table.choose')}
        </button>
        {mine && (
          <button type="button" onClick={onDone}>
            {t('board.cancel')}
          </button>
        )}
      </div>
      <Refusal code={error} testId="table-error" />
    </form>
  );
}
