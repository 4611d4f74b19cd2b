// Counting poll answers: pure functions the evolver, the projector and the exports share.
import { SCALE_MAX, SCALE_MIN, type PollAnswer, type PollKind, type PollTally, type WordCount } from './types';

/** Words are counted case- and space-insensitively: "Røde Kors", " røde  kors" and "RødeKors" are one word. */
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

function addWords(words: WordCount[], answerWords: readonly string[], sign: 1 | -1): WordCount[] {
  let next = words;
  for (const { key, label } of distinctWords(answerWords)) {
    const index = next.findIndex((w) => w.key === key);
    if (index < 0) {
      if (sign > 0) next = [...next, { key, label, count: 1 }];
      continue;
    }
    const count = next[index]!.count + sign;
    next = count > 0 ? next.map((w, i) => (i === index ? { ...w, count } : w)) : next.filter((_, i) => i !== index);
  }
  return next;
}

function addTexts(texts: string[], text: string, sign: 1 | -1): string[] {
  if (sign > 0) return [...texts, text];
  const index = texts.indexOf(text);
  return index < 0 ? texts : texts.filter((_, i) => i !== index);
}

/** The tally with one answer added (sign 1) or taken back (sign -1). */
export function countAnswer(tally: PollTally, answer: PollAnswer, sign: 1 | -1): PollTally {
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
  if ('words' in answer) return { ...tally, words: addWords(tally.words, answer.words, sign) };
  return { ...tally, texts: addTexts(tally.texts, answer.text, sign) };
}

/** A changed answer moves the tally from the old one to the new one; a first answer adds a respondent. */
export function recount(tally: PollTally, answer: PollAnswer, previous: PollAnswer | null): PollTally {
  const without = previous ? countAnswer(tally, previous, -1) : { ...tally, respondents: tally.respondents + 1 };
  return countAnswer(without, answer, 1);
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
