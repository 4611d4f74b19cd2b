import { whereWeAre, type DayPosition } from '../../../shared/agenda/whereWeAre';
import type { AgendaState } from '../../../shared/agenda/types';
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
