import type { ReactNode } from 'react';
import type { AgendaItem } from '../../../shared/agenda/types';
import { zonedClock } from '../../../shared/time';
import { useT } from '../../i18n';
import { useAgenda, useDayPosition } from './useAgenda';

/** The whole programme in time order, the current item marked, past items with when they actually ran. */
export function ProgrammeList({ actions, onlyIds }: { actions?: (item: AgendaItem, index: number) => ReactNode; onlyIds?: ReadonlySet<string> }) {
  const t = useT();
  const { items } = useAgenda();
  const { current } = useDayPosition(1000);
  return (
    <ol className="programme" data-testid="programme">
      {items.map((item, index) => onlyIds && !onlyIds.has(item.id) ? null : (
        <li
          key={item.id}
          className={`programme-item kind-${item.kind}${item.id === current?.id ? ' is-current' : ''}`}
          aria-current={item.id === current?.id ? 'step' : undefined}
          data-testid="programme-item"
          data-item-id={item.id}
        >
          <span className="programme-time">
            {zonedClock(item.start)}–{zonedClock(item.end)}
          </span>
          <span className="programme-what">
            <span className="badge">{t(`agenda.kind.${item.kind}`)}</span> <strong>{item.title}</strong>
            {item.speaker && <span className="muted"> · {item.speaker}</span>}
            {item.note && <span className="programme-note">{item.note}</span>}
            {item.actualStart !== null && (
              <span className="programme-ran">
                {item.actualEnd !== null
                  ? t('agenda.ran', { from: zonedClock(item.actualStart), to: zonedClock(item.actualEnd) })
                  : t('agenda.running', { from: zonedClock(item.actualStart) })}
              </span>
            )}
          </span>
          {actions && <span className="programme-actions">{actions(item, index)}</span>}
        </li>
      ))}
    </ol>
  );
}
