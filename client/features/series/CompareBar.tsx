import { combinedLimits } from '../../../shared/limits';
import { useT } from './strings';

/** Above the organiser's list: how many workshops are chosen, and the way into their combined view. */
export function CompareBar({ count, onCompare }: { count: number; onCompare: () => void }) {
  const t = useT();
  const tooMany = count > combinedLimits.workshops;
  return (
    <div className="combine-bar">
      <button type="button" className="primary" disabled={count < 2 || tooMany} onClick={onCompare} data-testid="admin-compare">
        {t('series.compare', { count })}
      </button>
      <span className={tooMany ? 'error' : 'muted'}>{tooMany ? t('series.tooMany', { max: combinedLimits.workshops }) : t('series.compareHelp')}</span>
    </div>
  );
}
