// Poll results for the XLSX sheet: one row per option, scale step, word or text (shared/poll/results.ts).
import { scaleAverage } from '../poll/tally';
import { pollResults } from '../poll/results';
import type { SessionState } from '../state';
import { engagementWords, pollKindLabels } from './engagementLabels';
import type { ExportLanguage } from './labels';

export interface PollRow {
  poll: string;
  item: string;
  kind: string;
  option: string;
  answers: number;
}

/** Polls in the order they were made; a scale ends with its average, every poll with how many answered. */
export function pollRows(state: SessionState, lang: ExportLanguage): PollRow[] {
  const itemTitle = new Map(state.agenda.items.map((i) => [i.id, i.title]));
  return state.polls.polls.flatMap((poll) => {
    const base = {
      poll: poll.question,
      item: poll.itemId === null ? engagementWords.onTheSpot[lang] : (itemTitle.get(poll.itemId) ?? ''),
      kind: pollKindLabels[poll.kind][lang],
    };
    const rows: PollRow[] = pollResults(poll, state.polls).map((r) => ({ ...base, option: r.label, answers: r.count }));
    const average = poll.kind === 'scale' ? scaleAverage(poll.tally.counts) : null;
    if (average !== null) rows.push({ ...base, option: engagementWords.average[lang], answers: Math.round(average * 100) / 100 });
    rows.push({ ...base, option: engagementWords.respondents[lang], answers: poll.tally.respondents });
    return rows;
  });
}
