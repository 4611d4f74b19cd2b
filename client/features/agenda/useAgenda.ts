import { useEffect, useState } from 'react';
import { whereWeAre, type DayPosition } from '../../../shared/agenda/whereWeAre';
import type { AgendaKind, AgendaState } from '../../../shared/agenda/types';
import { useServerNow } from '../../net/clock';
import { useApp } from '../../store/appStore';

const noAgenda: AgendaState = { items: [], mode: 'manual', currentItemId: null, dayStartedAt: null, log: [] };

export function useAgenda(): AgendaState {
  return useApp((s) => s.session?.agenda ?? noAgenda);
}

/**
 * Now/Next at the server's time, re-evaluated as the clock runs (clock mode moves on by itself); a countdown
 * needs a fresh time several times a second, a list that only marks the current item does not.
 */
export function useDayPosition(intervalMs = 250): DayPosition & { now: number } {
  const agenda = useAgenda();
  const now = useServerNow(intervalMs);
  return { ...whereWeAre(agenda, now), now };
}

/** The kind of the item on now, checked every second but changing (and re-rendering) only when the item does. */
export function useCurrentKind(): AgendaKind | null {
  const agenda = useAgenda();
  const offset = useApp((s) => s.clockOffset);
  const kindAt = () => whereWeAre(agenda, Date.now() + offset).current?.kind ?? null;
  const [kind, setKind] = useState(kindAt);
  useEffect(() => {
    const check = () => setKind(whereWeAre(agenda, Date.now() + offset).current?.kind ?? null);
    check();
    const timer = setInterval(check, 1000);
    return () => clearInterval(timer);
  }, [agenda, offset]);
  return kind;
}
