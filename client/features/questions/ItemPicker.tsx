import type { AgendaItem } from '../../../shared/agenda/types';
import { zonedClock } from '../../../shared/time';
import { useT } from './strings';

interface PickerProps {
  items: AgendaItem[];
  value: string | null;
  onChange: (id: string | null) => void;
  currentId: string | null;
  testId: string;
  /** The item that following the programme shows now: named in the first option, so "Nu" never hides which talk it is. */
  following?: { item: AgendaItem | null; isCurrent: boolean };
}

/** Which programme item's questions (or polls) to look at; '' follows the programme. */
export function ItemPicker({ items, value, onChange, currentId, testId, following }: PickerProps) {
  const t = useT();
  const followed = following?.item;
  const first = !followed ? t('agenda.now') : following.isCurrent ? t('questions.followNow', { title: followed.title }) : t('questions.followNext', { title: followed.title });
  return (
    <label className="check item-picker">
      {t('questions.for')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
        <option value="">{first}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {zonedClock(item.start)} {item.title} {item.id === currentId ? t('questions.now') : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
