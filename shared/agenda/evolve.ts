import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { AgendaEvent } from './events';
import { applyProgrammeChange } from './programmeChange';
import type { EventMeta } from '../events';
import { AGENDA_LOG_MAX, type AgendaChange, type AgendaItem, type AgendaState, type ItemPlan } from './types';

const onAgenda = (state: SessionState, change: (agenda: AgendaState) => AgendaState): SessionState => ({
  ...state,
  agenda: change(state.agenda),
});

/** The log with one more entry, the oldest dropped past AGENDA_LOG_MAX. */
export function logged(agenda: AgendaState, meta: EventMeta, entry: Omit<AgendaChange, 'at' | 'actor'>): AgendaChange[] {
  const log = [...agenda.log, { at: meta.at, actor: meta.actor, ...entry }];
  return log.length > AGENDA_LOG_MAX ? log.slice(-AGENDA_LOG_MAX) : log;
}

const titleOf = (items: AgendaItem[], id: string | null): string => items.find((i) => i.id === id)?.title ?? '';
const planOf = ({ title, start, end }: AgendaItem): ItemPlan => ({ title, start, end });

function editedPlan(before: AgendaItem[], after: AgendaItem[], id: string | null): AgendaChange['edited'] {
  const was = before.find((i) => i.id === id);
  const is = after.find((i) => i.id === id);
  return was && is ? { before: planOf(was), after: planOf(is) } : undefined;
}

/** Leaving an item ends it; entering one starts it, or resumes it with the time it already ran. */
function switchTo(items: AgendaItem[], fromId: string | null, toId: string | null, at: number): AgendaItem[] {
  if (fromId === toId) return items;
  return items.map((item) => {
    if (item.id === fromId && item.actualEnd === null) return { ...item, actualEnd: at };
    if (item.id === toId) {
      const ranBefore = item.actualEnd !== null && item.countdownFrom !== null ? item.actualEnd - item.countdownFrom : 0;
      return { ...item, actualStart: item.actualStart ?? at, actualEnd: null, countdownFrom: at - ranBefore };
    }
    return item;
  });
}

export const agendaEvolvers: EvolverMap<AgendaEvent> = {
  'agenda:scheduled': (s, e, m) =>
    onAgenda(s, (a) => {
      const items = 'items' in e ? e.items : applyProgrammeChange(a.items, e);
      return {
        ...a,
        items,
        // A removed item's title is only in the programme before the change.
        log: logged(a, m, {
          change: e.change,
          title: titleOf(items, e.itemId) || titleOf(a.items, e.itemId),
          ...(e.minutes === undefined ? {} : { minutes: e.minutes }),
          ...(e.change === 'edit' ? { edited: editedPlan(a.items, items, e.itemId) } : {}),
        }),
      };
    }),
  'agenda:dayStarted': (s, _e, m) =>
    onAgenda(s, (a) => ({ ...a, dayStartedAt: a.dayStartedAt ?? m.at, log: logged(a, m, { change: 'start', title: '' }) })),
  'agenda:wentTo': (s, e, m) =>
    onAgenda(s, (a) => ({
      ...a,
      currentItemId: e.itemId,
      items: switchTo(a.items, a.currentItemId, e.itemId, m.at),
      log: logged(a, m, { change: 'goto', title: titleOf(a.items, e.itemId) }),
    })),
  'agenda:modeChanged': (s, e, m) =>
    onAgenda(s, (a) => ({ ...a, mode: e.mode, currentItemId: e.currentItemId, log: logged(a, m, { change: 'mode', title: '', mode: e.mode }) })),
  'agenda:ran': (s, e) =>
    onAgenda(s, (a) => ({
      ...a,
      items: a.items.map((item) => {
        const mark = e.marks.find((m) => m.id === item.id);
        return mark ? { ...item, ...mark } : item;
      }),
    })),
};
