import { type KeyboardEvent, useRef } from 'react';
import { type Sector, sectorLabels, sectors } from '../../../shared/board/framework';
import { useT } from '../../i18n';
import { useLabel } from './useBoard';

/** One sector at a time on a phone: tabs as ARIA describes them, the arrow keys moving between them. */
export function SectorTabs({ sector, counts, onChange }: { sector: Sector; counts: Record<Sector, number>; onChange: (sector: Sector) => void }) {
  const t = useT();
  const label = useLabel();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    event.preventDefault();
    const to = (sectors.indexOf(sector) + by + sectors.length) % sectors.length;
    tabs.current[to]?.focus();
    onChange(sectors[to]!);
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('board.sector')} onKeyDown={onKeyDown}>
      {sectors.map((s, i) => (
        <button
          key={s}
          ref={(el) => void (tabs.current[i] = el)}
          id={`tab-${s}`}
          type="button"
          role="tab"
          aria-selected={s === sector}
          aria-controls="sector-panel"
          tabIndex={s === sector ? 0 : -1}
          className={`tab sector-${s}`}
          onClick={() => onChange(s)}
        >
          {label(sectorLabels[s])} <span className="count">{counts[s]}</span>
        </button>
      ))}
    </div>
  );
}
