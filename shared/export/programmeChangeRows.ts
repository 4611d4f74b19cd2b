// Who changed the programme, what and when: the log the facilitator's changes and the clock leave in the state.
import type { SessionState } from '../state';
import { zonedClock } from '../time';
import { exportWords, programmeChangeHeadings, programmeChangeLabels, type ExportLanguage } from './labels';


export function programmeChangeRows(state: SessionState, lang: ExportLanguage): Record<keyof typeof programmeChangeHeadings, string>[] {
  return state.agenda.log.map((entry) => ({
    time: zonedClock(entry.at),
    who: entry.actor === 'facilitator' ? exportWords.facilitator[lang] : exportWords.system[lang],
    change: programmeChangeLabels[entry.change][lang],
    item: entry.title,
    detail:
      entry.minutes !== undefined
        ? exportWords.minutes[lang].replace('{minutes}', String(entry.minutes))
        : entry.mode
          ? exportWords[entry.mode === 'clock' ? 'clockMode' : 'manualMode'][lang]
          : '',
  }));
}
