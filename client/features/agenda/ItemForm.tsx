import { type FormEvent, useState } from 'react';
import { agendaKinds, type AgendaItem, type AgendaKind } from '../../../shared/agenda/types';
import { zonedHhmm } from '../../../shared/time';
import { useFormFocus } from '../../components/useFormFocus';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

const blank = { kind: 'talk' as AgendaKind, title: '', speaker: '', note: '', start: '', end: '' };

/** Adds a programme item, or edits `item` when given. Times are typed as Copenhagen wall-clock times. */
export function ItemForm({ item, onDone }: { item?: AgendaItem; onDone: () => void }) {
  const t = useT();
  const { run, error } = useCommand();
  const { ref, onKeyDown } = useFormFocus<HTMLFormElement>(onDone, item ? `edit-${item.id}` : 'agenda-add');
  const [timesWrong, setTimesWrong] = useState(false);
  const [fields, setFields] = useState(() =>
    item ? { ...item, start: zonedHhmm(item.start), end: zonedHhmm(item.end) } : blank,
  );
  const [shiftRest, setShiftRest] = useState(false);
  const set = (key: keyof typeof blank) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Said here at once; the server refuses it too.
    setTimesWrong(fields.end <= fields.start);
    if (fields.end <= fields.start) return;
    const values = { kind: fields.kind, title: fields.title, speaker: fields.speaker, note: fields.note, start: fields.start, end: fields.end };
    const ok = item
      ? await run('agenda:edit', { id: item.id, changes: values, shiftRest })
      : await run('agenda:add', { item: values, shiftRest });
    if (ok) onDone();
  };

  return (
    <form className="item-form" onSubmit={submit} data-testid="item-form" ref={ref} onKeyDown={onKeyDown}>
      <div className="item-form-grid">
        <label>
          {t('agenda.field.kind')}
          <select value={fields.kind} onChange={set('kind')}>
            {agendaKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`agenda.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agenda.field.start')}
          <input type="time" required value={fields.start} onChange={set('start')} data-testid="item-start" />
        </label>
        <label>
          {t('agenda.field.end')}
          <input type="time" required value={fields.end} onChange={set('end')} data-testid="item-end" />
        </label>
      </div>
      <label>
        {t('agenda.field.title')}
        <input required maxLength={200} value={fields.title} onChange={set('title')} data-testid="item-title" />
      </label>
      <div className="item-form-grid">
        <label>
          {t('agenda.field.speaker')}
          <input maxLength={120} value={fields.speaker} onChange={set('speaker')} />
        </label>
        <label>
          {t('agenda.field.note')}
          <input maxLength={500} value={fields.note} onChange={set('note')} />
        </label>
      </div>
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
