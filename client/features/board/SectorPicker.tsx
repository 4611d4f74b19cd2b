import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

export function SectorPicker({ value, onChange }: { value: Sector; onChange: (sector: Sector) => void }) {
  const t = useT();
  const label = useLabel();
  return (
    <div className="sector-picker" role="radiogroup" aria-label={t('board.sector')}>
      {sectors.map((sector) => (
        <button
          key={sector}
          type="button"
          role="radio"
          aria-checked={value === sector}
          className={`sector-option sector-${sector}`}
          onClick={() => onChange(sector)}
        >
          {label(sectorLabels[sector])}
        </button>
      ))}
    </div>
  );
}
