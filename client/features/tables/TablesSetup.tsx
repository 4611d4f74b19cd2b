import { nanoid } from 'nanoid';
import { tableLimits } from '../../../shared/limits';
import { type FormEvent, useState } from 'react';
import { Refusal } from '../../components/Refusal';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';
import { useModeration } from '../undo/useModeration';
import { namesOf, numberedNames, removedTables, repeatedNames, type TableEntry, tablesFromNames } from './tableDraft';

type Mode = 'count' | 'names';
const modes: readonly Mode[] = ['count', 'names'];
interface Draft {
  mode: Mode;
  count: number;
  names: string;
}

/** Setting the tables: a number ("8 borde") or one name a line; changeable during the day, ids kept through renames. */
export function TablesSetup({ tables, onPrint }: { tables: readonly TableEntry[]; onPrint: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { run, error } = useModeration();
  const next = draft ? tablesFromNames(draftNames(draft, (n) => t('tables.numbered', { n })), tables, nanoid) : [];
  const removed = draft ? removedTables(next, tables) : [];
  const tooMany = next.length > tableLimits.perBoard;
  const repeated = repeatedNames(next);
  const isValid = !tooMany && repeated.length === 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (isValid && (await run('board:tables', { tables: next }))) setDraft(null);
  };

  if (!draft) {
    return (
      <div className="tables-summary row" data-testid="tables-summary" data-count={tables.length}>
        <span>{tables.length === 0 ? t('tables.none') : t('tables.count', { count: tables.length })}</span>
        <button type="button" onClick={() => setDraft({ mode: 'count', count: tables.length || 6, names: tables.map((x) => x.name).join('\n') })} data-testid="tables-edit">
          {t('tables.edit')}
        </button>
        {tables.length > 0 && (
          <button type="button" onClick={onPrint} data-testid="tables-print">
            {t('tables.print')}
          </button>
        )}
        <Refusal code={error} />
      </div>
    );
  }
  return (
    <form className="tables-form" onSubmit={save} data-testid="tables-form">
      <Segmented options={modes} value={draft.mode} onChange={(mode) => setDraft({ ...draft, mode })} label={t('tables.how')} optionLabel={(m) => t(m === 'count' ? 'tables.byCount' : 'tables.byNames')} testIdPrefix="tables-mode-" />
      {draft.mode === 'count' ? (
        <>
          <label htmlFor="tables-count">{t('tables.countLabel')}</label>
          <input id="tables-count" type="number" min={0} max={tableLimits.perBoard} className="narrow" value={draft.count} onChange={(e) => setDraft({ ...draft, count: Math.max(0, Math.floor(e.target.valueAsNumber || 0)) })} />
        </>
      ) : (
        <>
          <label htmlFor="tables-names">{t('tables.namesLabel', { max: tableLimits.perBoard })}</label>
          <textarea id="tables-names" rows={6} value={draft.names} onChange={(e) => setDraft({ ...draft, names: e.target.value })} placeholder={'Aarhus\nVejle\nKolding'} />
        </>
      )}
      {tooMany && <p className="error" role="alert">{t('tables.tooMany', { max: tableLimits.perBoard })}</p>}
      {repeated.length > 0 && <p className="error" role="alert">{t('tables.repeated', { names: repeated.join(', ') })}</p>}
      {removed.length > 0 && <p className="warn" data-testid="tables-removing">{t('tables.removing', { names: removed.map((x) => x.name).join(', ') })}</p>}
      <div className="row">
        <button type="submit" className="primary" disabled={!isValid} data-testid="tables-save">
          {next.length === 0 && tables.length > 0 ? t('tables.clear') : t('tables.save')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('board.cancel')}
        </button>
      </div>
      <Refusal code={error} testId="tables-error" />
    </form>
  );
}

/** The names a draft stands for; a name longer than a table's name may be is cut, as the field would. */
function draftNames(draft: Draft, numbered: (n: number) => string): string[] {
  const names = draft.mode === 'count' ? numberedNames(Math.min(draft.count, tableLimits.perBoard + 1), numbered) : namesOf(draft.names);
  return names.map((name) => name.slice(0, tableLimits.name));
}
