import { nanoid } from 'nanoid';
import { type FormEvent, useState } from 'react';
import type { AgendaItem } from '../../../shared/agenda/types';
import { zonedHhmm } from '../../../shared/time';
import { useFormFocus } from '../../components/useFormFocus';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { blankItem, type ItemDraft, ItemFields } from './ItemFields';

const draftOf = (item: AgendaItem): ItemDraft => ({
  kind: item.kind,
  title: item.title,
  speaker: item.speaker,
  note: item.note,
  start: zonedHhmm(item.start),
  end: zonedHhmm(item.end),
});

/** Adds a programme item, or edits `item` when given. Times are typed as Copenhagen wall-clock times. */
export function ItemForm({ item, onDone }: { item?: AgendaItem; onDone: () => void }) {
  const t = useT();
  const { run, error } = useCommand();
  const { ref, onKeyDown } = useFormFocus<HTMLFormElement>(onDone, item ? `edit-${item.id}` : 'agenda-add');
  const [timesWrong, setTimesWrong] = useState(false);
  const [fields, setFields] = useState(() => (item ? draftOf(item) : blankItem));
  const [shiftRest, setShiftRest] = useState(false);
  // Made once per form, like an idea's id: the same add sent twice (a lost answer) is one item.
  const [addId] = useState(() => nanoid());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Said here at once; the server refuses it too.
    setTimesWrong(fields.end <= fields.start);
    if (fields.end <= fields.start) return;
    const ok = item
      ? await run('agenda:edit', { id: item.id, changes: fields, shiftRest })
      : await run('agenda:add', { id: addId, item: fields, shiftRest });
    if (ok) onDone();
  };

  return (
    <form className="item-form" onSubmit={submit} data-testid="item-form" ref={ref} onKeyDown={onKeyDown}>
      <ItemFields fields={fields} onChange={setFields} />
      <label className="check">
        <input type="checkbox" checked={shiftRest} onChange={(e) => setShiftRest(e.target.checked)} />
        {t('agenda.field.shiftRest')}
      </label>
      {timesWrong && (
        <p className="error" role="alert">
          {t('agenda.endBeforeStart')}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="item-error">
          {t(errorKey(error))}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" data-testid="item-save">
          {item ? t('agenda.save') : t('agenda.add')}
        </button>
        <button type="button" onClick={onDone}>
          {t('agenda.cancel')}
        </button>
      </div>
    </form>
  );
}
