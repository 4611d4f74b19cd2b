// The same poll across workshops: matched by kind and question (normalised), answers counted per workshop and together.
import type { ComparedPoll, LabelCount, PollResult } from '../http/combined';
import { pollResults } from '../poll/results';
import { scaleAverage } from '../poll/tally';
import { SCALE_MIN, type Poll, type PollsState } from '../poll/types';
import type { SessionState } from '../state';
import { KeyedCounter } from '../words/keyedCounter';
import { textKey } from '../words/textKey';

type Entry = { workshopId: string; poll: Poll; rules: Pick<PollsState, 'wordRules'> };

function resultOf({ poll, rules }: Entry): PollResult {
  const average = poll.kind === 'scale' ? scaleAverage(poll.tally.counts) : null;
  return { respondents: poll.tally.respondents, results: pollResults(poll, rules), average };
}

/** Choices and scale steps keep their order; words and texts are ranked by count. */
function combinedResult(entries: readonly Entry[]): PollResult {
  const polls = entries.map((e) => e.poll);
  const kind = polls[0]!.kind;
  const respondents = polls.reduce((sum, poll) => sum + poll.tally.respondents, 0);
  if (kind === 'scale') {
    const counts = polls[0]!.tally.counts.map((_, step) => polls.reduce((sum, poll) => sum + (poll.tally.counts[step] ?? 0), 0));
    return { respondents, results: counts.map((count, i) => ({ label: String(i + SCALE_MIN), count })), average: scaleAverage(counts) };
  }
  const counter = new KeyedCounter(() => null);
  for (const { poll, rules } of entries) for (const { label, count } of pollResults(poll, rules)) counter.add(label, count);
  let results: LabelCount[] = counter.ranked().map(({ label, count }) => ({ label, count }));
  if (kind === 'single' || kind === 'multiple') {
    // Options in the order the first workshop asked them, then any option only another workshop had.
    const order = new Map<string, number>();
    for (const poll of polls) for (const option of poll.options) if (!order.has(textKey(option))) order.set(textKey(option), order.size);
    results = results.sort((a, b) => (order.get(textKey(a.label)) ?? 0) - (order.get(textKey(b.label)) ?? 0));
  }
  return { respondents, results, average: null };
}

/** Polls that were opened, grouped across workshops; each group lists the workshops in the order given. */
export function comparedPolls(states: readonly SessionState[]): ComparedPoll[] {
  const groups = new Map<string, { question: string; kind: Poll['kind']; entries: Entry[] }>();
  for (const state of states) {
    for (const poll of state.polls.polls) {
      if (poll.status === 'draft') continue;
      const key = `${poll.kind}\u0000${textKey(poll.question)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { question: poll.question, kind: poll.kind, entries: [] }));
      group.entries.push({ workshopId: state.id, poll, rules: state.polls });
    }
  }
  return [...groups.values()].map(({ question, kind, entries }) => ({
    question,
    kind,
    perWorkshop: entries.map((entry) => ({ workshopId: entry.workshopId, ...resultOf(entry) })),
    combined: combinedResult(entries),
  }));
}
