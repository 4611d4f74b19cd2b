import { limits } from '../../../shared/limits';
import { agendaKinds, type AgendaKind } from '../../../shared/agenda/types';
import { useT } from '../../i18n';

export interface ItemDraft {
  kind: AgendaKind;
  title: string;
  speaker: string;
  note: string;
  start: string;
  end: string;
}

export const blankItem: ItemDraft = { kind: 'talk', title: '', speaker: '', note: '', start: '', end: '' };

/** The inputs of one programme item, as typed: Copenhagen wall-clock times. */
export function ItemFields({ fields, onChange }: { fields: ItemDraft; onChange: (fields: ItemDraft) => void }) {
  const t = useT();
  const set = (key: keyof ItemDraft) => (e: { target: { value: string } }) => onChange({ ...fields, [key]: e.target.value });
  return (
    <>
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
        <input required maxLength={limits.agendaTitle} value={fields.title} onChange={set('title')} data-testid="item-title" />
      </label>
      <div className="item-form-grid">
        <label>
          {t('agenda.field.speaker')}
          <input maxLength={limits.agendaSpeaker} value={fields.speaker} onChange={set('speaker')} />
        </label>
        <label>
          {t('agenda.field.note')}
          <input maxLength={limits.agendaNote} value={fields.note} onChange={set('note')} />
        </label>
      </div>
    </>
  );
}
