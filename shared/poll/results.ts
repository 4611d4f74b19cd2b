// What a poll's answers come to, one function for every screen and every export: label and count per option, scale
// step, word or text. Open-text answers that differ only in case, width, invisible characters or edge punctuation
// (shared/words/textKey.ts) are one entry, shown as typed most.
import { KeyedCounter } from '../words/keyedCounter';
import { cloudWords } from './cloud';
import { SCALE_MIN, type Poll, type PollsState } from './types';

export interface LabelCount {
  label: string;
  count: number;
}

/** Answers that are one after normalisation: shown as the form typed most, each exact text kept with its count. */
export interface TextGroup extends LabelCount {
  /** Every text as typed (letter for letter), most typed first: what the facilitator may open under the entry. */
  answers: LabelCount[];
}

/** Open-text answers grouped by textKey, biggest first (ties in the order first answered). */
export function groupedTexts(texts: readonly string[]): TextGroup[] {
  const counter = new KeyedCounter(() => new Map<string, number>());
  for (const text of texts) {
    const exact = counter.add(text);
    exact?.set(text, (exact.get(text) ?? 0) + 1);
  }
  return counter.ranked().map(({ label, count, extra }) => ({
    label,
    count,
    answers: [...extra].map(([text, n]) => ({ label: text, count: n })).sort((a, b) => b.count - a.count),
  }));
}

/** Label and count per result: options and scale steps in order; words (as the cloud shows them) and texts biggest first. */
export function pollResults(poll: Poll, polls: Pick<PollsState, 'wordRules'>): LabelCount[] {
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
      return groupedTexts(tally.texts).map(({ label, count }) => ({ label, count }));
  }
}
