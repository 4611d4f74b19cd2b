// The one seam between similarity and the Danish word normaliser: the words of a text that carry meaning, and the
// key under which inflections of one word meet.
import { textKey } from '../series/textKey';

/** The words of a text in the order typed, normalised, without punctuation. */
export function contentWords(text: string): string[] {
  return textKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

/** The key of one normalised word: its inflections share it. */
export function wordKey(word: string): string {
  return word;
}
