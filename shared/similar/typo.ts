// One typo between two words: a letter missed, added, changed, or two neighbours swapped (Damerau–Levenshtein
// distance at most 1, as "optimal string alignment"). Linear in the words' length, so it is cheap enough to run on
// every pair of words two candidate texts hold.

/** Words shorter than this differ in meaning by one letter too often ("sag", "sagt"). */
export const TYPO_MIN_WORD = 5;

const DIGIT = /\d/;

/** Whether `a` from `i` on is `b` from `j` on, compared in place. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (let k = 0; i + k < a.length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/** Whether `a` and `b` are the same word but for at most one typo. */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (short.length < long.length) return sameFrom(short, i, long, i + 1);
  if (sameFrom(short, i + 1, long, i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && sameFrom(short, i + 2, long, i + 2);
}

/** Whether a typed word takes part in typo matching: long enough, and no digits ("2024" is not "2025" mistyped). */
export const typoProne = (word: string, min = TYPO_MIN_WORD): boolean => word.length >= min && !DIGIT.test(word);

/** The word and each form of it with one letter left out, for a word long enough to be mistyped. */
function deletions(word: string): string[] {
  const keys = [word];
  if (typoProne(word)) for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/**
 * The pairs of distinct words one typo apart among `words` (each typed word once, not once per text). Two words one
 * typo apart share a form with one letter left out (a swap or a changed letter leaves out the same place; a missed
 * letter is the other word itself), so only words sharing such a form are compared: a board's few thousand distinct
 * words, not every pair of them. A word of four letters takes part only as itself, to meet a five-letter word
 * missing one ("sagn", "sagen").
 */
export function typoNeighbours(words: Iterable<string>): [string, string][] {
  const byForm = new Map<string, string[]>();
  for (const word of words) {
    if (!typoProne(word, TYPO_MIN_WORD - 1)) continue;
    for (const form of deletions(word)) {
      const list = byForm.get(form);
      if (!list) byForm.set(form, [word]);
      else if (list[list.length - 1] !== word) list.push(word);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const list of byForm.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i]! < list[j]! ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        if (oneTypoApart(a, b)) pairs.set(`${a} ${b}`, [a, b]);
      }
  }
  return [...pairs.values()];
}

/** Two typed words one typo apart, the longer of at least five letters ("sagen", "sagn"; not "sagt", "sagn"). */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (Math.max(a.length, b.length) < TYPO_MIN_WORD || Math.min(a.length, b.length) < TYPO_MIN_WORD - 1) return false;
  return withinOneTypo(a, b) && !DIGIT.test(a) && !DIGIT.test(b);
}
