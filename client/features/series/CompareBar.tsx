import { combinedLimits } from '../../../shared/limits';
import { useT } from './strings';

interface Props {
  count: number;
  onCompare: () => void;
  filter: string;
  onFilter: (text: string) => void;
  shown: number;
  onChooseShown: () => void;
}

/** Above the organiser's list: find a series, choose its workshops, and open their combined view. */
export function CompareBar({ count, onCompare, filter, onFilter, shown, onChooseShown }: Props) {
  const t = useT();
  const tooMany = count > combinedLimits.workshops;
  return (
    <div className="combine-bar">
      <label className="combine-filter">
        <span>{t('series.filter')}</span>
        <input type="search" value={filter} onChange={(e) => onFilter(e.target.value)} placeholder={t('series.filterExample')} data-testid="admin-filter" />
      </label>
      <button type="button" onClick={onChooseShown} disabled={shown === 0} data-testid="admin-choose-shown">
        {t('series.chooseShown', { count: shown })}
      </button>
      <button type="button" className="primary" disabled={count < 2 || tooMany} onClick={onCompare} data-testid="admin-compare">
        {t('series.compare', { count })}
      </button>
      <span className={tooMany ? 'error' : 'muted'}>{tooMany ? t('series.tooMany', { max: combinedLimits.workshops }) : t('series.compareHelp')}</span>
    </div>
  );
}
