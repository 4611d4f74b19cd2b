// The one seam between similarity and the Danish word normaliser (shared/words): the meaningful words of a text and
// the key of one word or of two written as one. It brings the stemmer, so it runs on the server only.
import { isStopWord, stem, textWords, wordKey } from '../words/wordKey';

/** The words of a text in the order typed, normalised, stop words out. */
export function contentWords(text: string): string[] {
  return textWords(text).filter((word) => !isStopWord(word));
}

/** The key of one normalised word (its stem), or of several written together (`wordKey` joins them). */
export const keyOf = (word: string): string => stem(word);
export const joinedKey = (first: string, second: string): string => wordKey(`${first} ${second}`);
