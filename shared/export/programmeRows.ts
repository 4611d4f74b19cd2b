// The programme as it ran: planned against actual times, for the XLSX sheet and the report.
import type { SessionState } from '../state';
import { zonedClock } from '../time';
import { agendaKindLabels, exportWords, type ExportLanguage } from './labels';

export interface ProgrammeRow {
  title: string;
  kind: string;
  speaker: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  /** Minutes the item started after its planned start (negative: early); empty if it never started. */
  startDelay: number | '';
  /** Started and not ended: on now (or when the export was made). */
  isRunning: boolean;
  /** The same times as epoch ms (null: not run), for formats with real time cells. */
  at: { plannedStart: number; plannedEnd: number; actualStart: number | null; actualEnd: number | null };
}


export function programmeRows(state: SessionState, lang: ExportLanguage): ProgrammeRow[] {
  const clockOr = (epoch: number | null) => (epoch === null ? exportWords.notRun[lang] : zonedClock(epoch));
  return state.agenda.items.map((item) => ({
    title: item.title,
    kind: agendaKindLabels[item.kind][lang],
    speaker: item.speaker,
    plannedStart: zonedClock(item.start),
    plannedEnd: zonedClock(item.end),
    actualStart: clockOr(item.actualStart),
    actualEnd: clockOr(item.actualEnd),
    startDelay: item.actualStart === null ? '' : Math.round((item.actualStart - item.start) / 60_000),
    isRunning: item.actualStart !== null && item.actualEnd === null,
    at: { plannedStart: item.start, plannedEnd: item.end, actualStart: item.actualStart, actualEnd: item.actualEnd },
  }));
}
