// Who changed the programme, what and when: the log the facilitator's changes and the clock leave in the state.
import type { AgendaChange, ItemPlan } from '../agenda/types';
import type { SessionState } from '../state';
import { zonedClock, zonedDate } from '../time';
import { exportWords, programmeChangeHeadings, programmeChangeLabels, type ExportLanguage } from './labels';
import { fillPlaceholders } from '../placeholders';


export function programmeChangeRows(state: SessionState, lang: ExportLanguage): Record<keyof typeof programmeChangeHeadings, string>[] {
  return state.agenda.log.map((entry) => ({
    time: zonedClock(entry.at),
    who: entry.actor === 'facilitator' ? exportWords.facilitator[lang] : entry.actor === 'system' ? exportWords.system[lang] : entry.actor,
    change: programmeChangeLabels[entry.change][lang],
    item: entry.title,
    detail: detailOf(entry, lang),
  }));
}

function detailOf(entry: AgendaChange, lang: ExportLanguage): string {
  if (entry.minutes !== undefined) return fillPlaceholders(exportWords.minutes[lang], { minutes: entry.minutes });
  if (entry.moved) return `${zonedDate(entry.moved.from)} ${zonedClock(entry.moved.from)} → ${zonedDate(entry.moved.to)} ${zonedClock(entry.moved.to)}`;
  if (entry.mode) return exportWords[entry.mode === 'clock' ? 'clockMode' : 'manualMode'][lang];
  if (!entry.edited) return '';
  const { before, after } = entry.edited;
  const span = (p: ItemPlan) => `${zonedClock(p.start)}–${zonedClock(p.end)}`;
  const changes = [
    before.title === after.title ? null : `«${before.title}» → «${after.title}»`,
    span(before) === span(after) ? null : `${span(before)} → ${span(after)}`,
  ];
  return changes.filter(Boolean).join('; ');
}
