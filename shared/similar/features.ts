// What a text is compared by: the keys of its content words, plus the keys its neighbouring words make when
// written as one ("Ældre Sagen" and "Ældresagen"), so compounds split or joined still meet.
import { contentWords, joinedKey, keyOf } from './words';

/** A text's words for comparing: `keys` in order (without repeats), `joined` two neighbours as one word. */
export interface TextFeatures {
  keys: string[];
  /** key -> its index in `keys`. */
  index: Map<string, number>;
  /** key of words i and i+1 written together -> [index of i's key, index of i+1's key] in `keys`. */
  joined: Map<string, [number, number]>;
  /** Letter trigrams of each key long enough to be mistyped (undefined for shorter keys), made once per text. */
  grams: (Set<string> | undefined)[];
  /** Each key's word as first typed (normalised, not stemmed): a typo is judged on these ("sagen", "sagn"). */
  typed: string[];
}

/** Words as long as this take part in matching a typo (shorter ones differ too much by one letter). */
const TYPO_MIN_LENGTH = 5;

export function featuresOf(text: string): TextFeatures {
  const words = contentWords(text);
  const keys: string[] = [];
  const typed: string[] = [];
  const indexOf = new Map<string, number>();
  const at = (word: string) => {
    const key = keyOf(word);
    let index = indexOf.get(key);
    if (index === undefined) {
      indexOf.set(key, (index = keys.push(key) - 1));
      typed.push(word);
    }
    return index;
  };
  const places = words.map(at);
  const joined = new Map<string, [number, number]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const key = joinedKey(words[i]!, words[i + 1]!);
    if (!indexOf.has(key)) joined.set(key, [places[i]!, places[i + 1]!]);
  }
  const grams = keys.map((key) => (key.length >= TYPO_MIN_LENGTH && !/\d/.test(key) ? trigrams(key) : undefined));
  return { keys, index: indexOf, joined, grams, typed };
}

function trigrams(word: string): Set<string> {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of two words' letter trigrams: 1 for equal words, about 0.7 for one typo in a long word. */
export function letterLikeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}
