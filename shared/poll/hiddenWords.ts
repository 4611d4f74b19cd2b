// Words the facilitator hid from a cloud are not sent to any other screen: phones and the projector get the tallies
// without them, others' answers without them, and the rules without the hidden words (shared/poll/projection.ts).
// The facilitator (and a moderator) keeps every word and its rule, to show it marked hidden and to show it again.
import { ruleOf } from './cloud';
import type { AnswerTags } from './tally';
import { normaliseWord } from './tally';
import type { PollAnswer, PollsState, PollTally, WordRule, WordTag } from './types';

type Rules = PollsState['wordRules'];

/** Whether the facilitator hid `key` from `pollId`'s cloud: the poll's own rule, else the day's. */
export function isHiddenWord(rules: Rules, pollId: string, key: string): boolean {
  return (ruleOf(rules, pollId, key) ?? ruleOf(rules, null, key))?.rule === 'hide';
}

/** The rules another screen holds: those showing a stop word. A hidden word's rule would name it. */
export const rulesShown = (rules: Rules): WordRule[] => rules.filter((r) => r.rule === 'show');

/** The tally without the words hidden from its poll's cloud. */
export function tallyShown(tally: PollTally, rules: Rules, pollId: string): PollTally {
  if (!tally.words.some((w) => isHiddenWord(rules, pollId, w.key))) return tally;
  return { ...tally, words: tally.words.filter((w) => !isHiddenWord(rules, pollId, w.key)) };
}

/** The key a word of an answer was counted under: the server's tag, or the key of answers stored before tags. */
const keyAt = (words: readonly string[], tags: readonly WordTag[] | undefined, i: number): string => (tags ? (tags[i]?.key ?? '') : (normaliseWord(words[i]!)?.key ?? ''));

interface Shown {
  answer: PollAnswer;
  tags: WordTag[] | undefined;
}

/**
 * An answer as a screen other than the facilitator's receives it, or null when it shows as it is. Someone else's:
 * the hidden words left out. One's own: every word as typed (they are the person's own), but a hidden word's tag has
 * no key, so the cloud the phone folds does not count it (a word without a key is passed over, see countedWords in
 * shared/poll/tally.ts).
 */
function answerShown(answer: PollAnswer, tags: WordTag[] | undefined, hidden: (key: string) => boolean, isOwn: boolean): Shown | null {
  if (!('words' in answer)) return null;
  const { words } = answer;
  const hides = words.map((_, i) => hidden(keyAt(words, tags, i)));
  if (!hides.includes(true)) return null;
  if (isOwn) return tags ? { answer, tags: tags.map((tag, i) => (hides[i] ? { ...tag, key: '' } : tag)) } : null;
  return { answer: { words: words.filter((_, i) => !hides[i]) }, tags: tags?.filter((_, i) => !hides[i]) };
}

/** An answer event's answer, previous answer and tags as shown to a screen other than the facilitator's. */
export function answerEventShown<E extends { pollId: string; answer: PollAnswer; previous: PollAnswer | null; tags?: AnswerTags }>(
  event: E,
  rules: Rules,
  isOwn: boolean,
): E {
  const hidden = (key: string) => key !== '' && isHiddenWord(rules, event.pollId, key);
  const now = answerShown(event.answer, event.tags?.answer, hidden, isOwn);
  const before = event.previous && answerShown(event.previous, event.tags?.previous ?? undefined, hidden, isOwn);
  if (!now && !before) return event;
  const tags = event.tags && {
    answer: now ? (now.tags ?? []) : event.tags.answer,
    previous: event.tags.previous && before ? (before.tags ?? []) : event.tags.previous,
  };
  return { ...event, answer: now?.answer ?? event.answer, previous: before?.answer ?? event.previous, ...(tags ? { tags } : {}) };
}

/**
 * What a rule given or taken away changes on another screen, from the states before and after it: each poll whose
 * cloud (as that screen may see it) changed, with its words as they now are, and the rules it holds.
 */
export function cloudsChanged(before: PollsState, after: PollsState, seesResults: (pollId: string) => boolean): { rules: WordRule[]; clouds: { id: string; words: PollTally['words'] }[] } {
  const clouds: { id: string; words: PollTally['words'] }[] = [];
  for (const poll of after.polls) {
    if (!seesResults(poll.id)) continue;
    const was = tallyShown(poll.tally, before.wordRules, poll.id).words;
    const is = tallyShown(poll.tally, after.wordRules, poll.id).words;
    if (was.length !== is.length) clouds.push({ id: poll.id, words: is });
  }
  return { rules: rulesShown(after.wordRules), clouds };
}
