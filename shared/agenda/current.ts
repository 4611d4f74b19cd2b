import type { AgendaItem, AgendaState } from './types';

/** The item on now: the facilitator's choice in manual mode, the one whose time covers `now` in clock mode. */
export function currentItem(agenda: AgendaState, now: number): AgendaItem | null {
  if (agenda.mode === 'manual') return agenda.items.find((i) => i.id === agenda.currentItemId) ?? null;
  return agenda.items.find((i) => i.start <= now && now < i.end) ?? null;
}
