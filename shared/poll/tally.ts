// Counting poll answers: pure functions the evolver, the projector and the exports share.
import { SCALE_MAX, SCALE_MIN, type PollAnswer, type PollKind, type PollTally, type WordCount, type WordTag } from './types';

/**
 * The key of a word stored before the server keyed words (an answer event without tags): case- and
 * space-insensitive, as such answers were counted then, so an old workshop's results stay what they were.
 */
export function normaliseWord(raw: string): { key: string; label: string } | null {
  const label = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!label) return null;
  return { key: label.toLocaleLowerCase('da-DK').replace(/\s/g, ''), label };
}

/** The distinct words of one answer, each counted once however often it was typed. */
export function distinctWords(words: readonly string[]): { key: string; label: string }[] {
  const seen = new Map<string, { key: string; label: string }>();
  for (const raw of words) {
    const word = normaliseWord(raw);
    if (word && !seen.has(word.key)) seen.set(word.key, word);
  }
  return [...seen.values()];
}

export function emptyTally(kind: PollKind, optionCount: number): PollTally {
  const slots = kind === 'scale' ? SCALE_MAX - SCALE_MIN + 1 : kind === 'single' || kind === 'multiple' ? optionCount : 0;
  return { respondents: 0, counts: new Array<number>(slots).fill(0), words: [], texts: [] };
}

/** One answer's words as counted: the server's tags when the event has them, the old key otherwise. */
function countedWords(words: readonly string[], tags: readonly WordTag[] | undefined): { key: string; form: string; stop?: boolean }[] {
  if (!tags) return distinctWords(words).map(({ key, label }) => ({ key, form: label }));
  const seen = new Set<string>();
  return words.flatMap((word, i) => {
    const tag = tags[i];
    if (!tag?.key || seen.has(tag.key)) return [];
    seen.add(tag.key);
    return [{ key: tag.key, form: word, stop: tag.stop }];
  });
}

function withForm(entry: WordCount, form: string, sign: 1 | -1): WordCount {
  const forms = entry.forms.some(([f]) => f === form) ? entry.forms : [...entry.forms, [form, 0] as [string, number]];
  return { ...entry, count: entry.count + sign, forms: forms.map(([f, n]): [string, number] => [f, f === form ? n + sign : n]).filter(([, n]) => n > 0) };
}

function addWords(words: WordCount[], answerWords: readonly string[], sign: 1 | -1, tags?: readonly WordTag[]): WordCount[] {
  let next = words;
  for (const { key, form, stop } of countedWords(answerWords, tags)) {
    const index = next.findIndex((w) => w.key === key);
    if (index < 0) {
      if (sign > 0) next = [...next, { key, label: form, count: 1, forms: [[form, 1]], stop }];
      continue;
    }
    const entry = withForm(next[index]!, form, sign);
    next = entry.count > 0 ? next.map((w, i) => (i === index ? entry : w)) : next.filter((_, i) => i !== index);
  }
  return next;
}

function addTexts(texts: string[], text: string, sign: 1 | -1): string[] {
  if (sign > 0) return [...texts, text];
  const index = texts.indexOf(text);
  return index < 0 ? texts : texts.filter((_, i) => i !== index);
}

/** The tally with one answer added (sign 1) or taken back (sign -1). */
export function countAnswer(tally: PollTally, answer: PollAnswer, sign: 1 | -1, tags?: readonly WordTag[]): PollTally {
  if ('choices' in answer) {
    const counts = tally.counts.slice();
    for (const c of new Set(answer.choices)) if (c >= 0 && c < counts.length) counts[c] = Math.max(0, counts[c]! + sign);
    return { ...tally, counts };
  }
  if ('scale' in answer) {
    const counts = tally.counts.slice();
    const slot = answer.scale - SCALE_MIN;
    if (slot >= 0 && slot < counts.length) counts[slot] = Math.max(0, counts[slot]! + sign);
    return { ...tally, counts };
  }
  if ('words' in answer) return { ...tally, words: addWords(tally.words, answer.words, sign, tags) };
  return { ...tally, texts: addTexts(tally.texts, answer.text, sign) };
}

/** How the server keyed an answer's words and its previous answer's, in the order typed. */
export interface AnswerTags {
  answer: WordTag[];
  previous: WordTag[] | null;
}

/** A changed answer moves the tally from the old one to the new one; a first answer adds a respondent. */
export function recount(tally: PollTally, answer: PollAnswer, previous: PollAnswer | null, tags?: AnswerTags): PollTally {
  const without = previous ? countAnswer(tally, previous, -1, tags?.previous ?? undefined) : { ...tally, respondents: tally.respondents + 1 };
  return countAnswer(without, answer, 1, tags?.answer);
}

/** The mean of a scale poll (1–5), or null before anyone answered. */
export function scaleAverage(counts: readonly number[]): number | null {
  let n = 0;
  let sum = 0;
  counts.forEach((count, i) => {
    n += count;
    sum += count * (i + SCALE_MIN);
  });
  return n === 0 ? null : sum / n;
}

/** Each option's share of the respondents, 0–1 (a multiple-choice poll's shares may add up to more than 1). */
export function shares(tally: PollTally): number[] {
  return tally.counts.map((count) => (tally.respondents ? count / tally.respondents : 0));
}

/** Words by count, then alphabetically, for the cloud and the exports. */
export function rankedWords(words: readonly WordCount[]): WordCount[] {
  return [...words].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'da'));
}

export function sameAnswer(a: PollAnswer, b: PollAnswer): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
