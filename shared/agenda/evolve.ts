import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { AgendaEvent } from './events';
import type { AgendaItem, AgendaState } from './types';

const onAgenda = (state: SessionState, change: (agenda: AgendaState) => AgendaState): SessionState => ({
  ...state,
  agenda: change(state.agenda),
});

/** Leaving an item ends it; entering one starts it (again, if it had ended). */
function switchTo(items: AgendaItem[], fromId: string | null, toId: string | null, at: number): AgendaItem[] {
  if (fromId === toId) return items;
  return items.map((item) => {
    if (item.id === fromId && item.actualEnd === null) return { ...item, actualEnd: at };
    if (item.id === toId) return { ...item, actualStart: item.actualStart ?? at, actualEnd: null };
    return item;
  });
}

export const agendaEvolvers: EvolverMap<AgendaEvent> = {
  'agenda:scheduled': (s, e) => onAgenda(s, (a) => ({ ...a, items: e.items })),
  'agenda:dayStarted': (s, _e, m) => onAgenda(s, (a) => ({ ...a, dayStartedAt: a.dayStartedAt ?? m.at })),
  'agenda:wentTo': (s, e, m) =>
    onAgenda(s, (a) => ({ ...a, currentItemId: e.itemId, items: switchTo(a.items, a.currentItemId, e.itemId, m.at) })),
  'agenda:modeChanged': (s, e) => onAgenda(s, (a) => ({ ...a, mode: e.mode, currentItemId: e.currentItemId })),
  'agenda:ran': (s, e) =>
    onAgenda(s, (a) => ({
      ...a,
      items: a.items.map((item) => {
        const mark = e.marks.find((m) => m.id === item.id);
        return mark ? { ...item, ...mark } : item;
      }),
    })),
};
