import { Segmented } from '../../components/Segmented';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

export function SectorPicker({ value, onChange }: { value: Sector; onChange: (sector: Sector) => void }) {
  const t = useT();
  const label = useLabel();
  return (
    <Segmented
      options={sectors}
      value={value}
      onChange={onChange}
      label={t('board.sector')}
      optionLabel={(sector) => label(sectorLabels[sector])}
      testIdPrefix="sector-"
      className="sector-picker"
      optionClassName={(sector) => `sector-option sector-${sector}`}
    />
  );
}
