import type { AgendaItem } from '../../../shared/agenda/types';
import { zonedClock } from '../../../shared/time';
import { useT } from './strings';

/** Which programme item's questions (or polls) to look at; '' follows the programme. */
export function ItemPicker({ items, value, onChange, currentId, testId }: { items: AgendaItem[]; value: string | null; onChange: (id: string | null) => void; currentId: string | null; testId: string }) {
  const t = useT();
  return (
    <label className="check item-picker">
      {t('questions.for')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{t('agenda.now')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {zonedClock(item.start)} {item.title} {item.id === currentId ? t('questions.now') : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
