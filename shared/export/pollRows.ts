// Poll results for the XLSX sheet and the report: one row per option, scale step, word or text.
import { cloudWords } from '../poll/cloud';
import { scaleAverage } from '../poll/tally';
import { SCALE_MIN, type Poll, type PollsState } from '../poll/types';
import { KeyedCounter } from '../words/keyedCounter';
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

type LabelCount = { label: string; count: number };

/** Texts the same letter for letter as one, biggest first: what a screen shows. */
function sameTexts(texts: readonly string[]): LabelCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}

/**
 * Texts that differ only in case, width, invisible characters or edge punctuation as one, shown as typed most:
 * what the exports list (the raw answers stay in the JSON export).
 */
export function groupedTexts(texts: readonly string[]): LabelCount[] {
  const counter = new KeyedCounter(() => null);
  for (const text of texts) counter.add(text);
  return counter.ranked().map(({ label, count }) => ({ label, count }));
}

/** What the poll's answers come to: label and count, biggest first for words (as the cloud shows them) and texts. */
export function pollResults(poll: Poll, polls: Pick<PollsState, 'wordRules'>, texts: (texts: readonly string[]) => LabelCount[] = sameTexts): LabelCount[] {
  const { tally } = poll;
  switch (poll.kind) {
    case 'single':
    case 'multiple':
      return poll.options.map((label, i) => ({ label, count: tally.counts[i] ?? 0 }));
    case 'scale':
      return tally.counts.map((count, i) => ({ label: String(i + SCALE_MIN), count }));
    case 'words':
      return cloudWords(polls, poll).map((w) => ({ label: w.label, count: w.count }));
    case 'text':
      return texts(tally.texts);
  }
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
    const rows: PollRow[] = pollResults(poll, state.polls, groupedTexts).map((r) => ({ ...base, option: r.label, answers: r.count }));
    const average = poll.kind === 'scale' ? scaleAverage(poll.tally.counts) : null;
    if (average !== null) rows.push({ ...base, option: engagementWords.average[lang], answers: Math.round(average * 100) / 100 });
    rows.push({ ...base, option: engagementWords.respondents[lang], answers: poll.tally.respondents });
    return rows;
  });
}
