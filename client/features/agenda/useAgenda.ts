import { whereWeAre, type DayPosition } from '../../../shared/agenda/whereWeAre';
import type { AgendaState } from '../../../shared/agenda/types';
import { zonedClock } from '../../../shared/time';
import { useServerNow } from '../../net/clock';
import { useApp } from '../../store/appStore';

const noAgenda: AgendaState = { items: [], mode: 'manual', currentItemId: null, dayStartedAt: null, log: [] };

export function useAgenda(): AgendaState {
  return useApp((s) => s.session?.agenda ?? noAgenda);
}

/** Now/Next at the server's time, re-evaluated as the clock runs (clock mode moves on by itself). */
export function useDayPosition(): DayPosition & { now: number } {
  const agenda = useAgenda();
  const now = useServerNow();
  return { ...whereWeAre(agenda, now), now };
}

/** Copenhagen wall-clock time, the Danish way: 11.30. */
export const clockTime = zonedClock;
