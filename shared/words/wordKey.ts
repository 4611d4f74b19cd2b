// Words as a Danish reader counts them: inflections are one word, stop words carry no meaning.
// The stemmer and the stop lists live here and nowhere else: this module runs on the server (poll answers are keyed
// there, see docs/architecture.md "Words"); no screen imports it, so the phone's first load never carries it.
import { stemmer } from '@orama/stemmers/danish';
import { stopwords as danishStopWords } from '@orama/stopwords/danish';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { textKey } from './textKey';

/** Letters (with their combining marks) and digits, an apostrophe allowed inside ("don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const INVISIBLE_OR_SPACE = /[\s\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC`´]/g;

/** English stop words that are Danish words with a meaning: "IT", "to" (two), "had" (hatred), "be" (pray). */
const DANISH_MEANINGS = new Set(['it', 'to', 'had', 'be']);

/** The Snowball project's own Danish and English stop lists, the ones its stemmer is made for. */
const STOP_WORDS: ReadonlySet<string> = new Set([...danishStopWords, ...englishStopWords.filter((w) => !DANISH_MEANINGS.has(w))].map(textKey));

/** The words of a text, normalised as textKey does and split at anything that is not a letter or digit. */
export function textWords(text: string): string[] {
  return textKey(text).replace(APOSTROPHES, "'").match(WORD) ?? [];
}

/** Whether one normalised word (as textWords gives it) is a Danish or English stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** One normalised word's stem (Snowball Danish): "biblioteket" and "bibliotekerne" both become "bibliotek". */
export function stem(word: string): string {
  return stemmer(word);
}

/**
 * The counting key of a typed word or short phrase: its words normalised, written together (Danish writes compounds
 * closed: "Røde Kors", "RødeKors" and "røde-kors" are one) and stemmed. "bibliotek", "Biblioteket" and
 * "bibliotekerne" share "bibliotek". A word of no letters or digits ("🙂") is its own key; the empty key means nothing
 * was typed.
 */
export function wordKey(word: string): string {
  const words = textWords(word);
  if (words.length) return stem(words.join(''));
  return word.normalize('NFKC').replace(INVISIBLE_OR_SPACE, '');
}

/** Whether a typed word or phrase is made only of stop words ("og", "The", "i det"): left out of a word cloud. */
export function isStopPhrase(word: string): boolean {
  const words = textWords(word);
  return words.length > 0 && words.every(isStopWord);
}

/** The words of a text that carry meaning, in order, each as its stem: stop words and repeats stay in. */
export function contentWords(text: string): string[] {
  return textWords(text)
    .filter((word) => !isStopWord(word))
    .map(stem);
}
