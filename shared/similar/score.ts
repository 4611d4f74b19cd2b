// How alike two texts are: the share of their words' weight that the other text has too, counting a word as had
// when the other has it inflected alike (same key), as two words written as one, or with a typo.
import { letterLikeness, type TextFeatures } from './features';
import { oneTypoApart, TYPO_MIN_WORD } from './typo';

/** Two long words this alike in letters are one word mistyped ("biblioteck", "bibliotek"). */
const TYPO_LIKENESS = 0.6;

/** How much a word says: rare words more than words on every card ("bibliotek" at a library seminar). */
export type WordWeight = (key: string) => number;

function markJoined(from: TextFeatures, to: TextFeatures, fromHas: boolean[], toHas: boolean[]): void {
  for (const [key, [i, j]] of from.joined) {
    const k = to.index.get(key);
    if (k === undefined) continue;
    fromHas[i] = fromHas[j] = true;
    toHas[k] = true;
  }
}

function markTypos(a: TextFeatures, b: TextFeatures, aHas: boolean[], bHas: boolean[]): void {
  for (let i = 0; i < a.keys.length; i++) {
    const ga = a.grams[i];
    // A word of three letters or fewer is neither mistyped nor a compound's head here.
    if (aHas[i] || (!ga && a.typed[i]!.length < TYPO_MIN_WORD - 1)) continue;
    for (let k = 0; k < b.keys.length; k++) {
      if (bHas[k]) continue;
      const gb = b.grams[k];
      // Also a compound and its head word ("højtlæsningsgrupper", "højtlæsning") share most trigrams.
      const alike = (ga && gb && letterLikeness(ga, gb) >= TYPO_LIKENESS) || oneTypoApart(a.typed[i]!, b.typed[k]!);
      if (!alike) continue;
      aHas[i] = bHas[k] = true;
      break;
    }
  }
}

function weighed(features: TextFeatures, has: boolean[], weight: WordWeight): { had: number; all: number } {
  let had = 0;
  let all = 0;
  for (let i = 0; i < features.keys.length; i++) {
    const w = weight(features.keys[i]!);
    all += w;
    if (has[i]) had += w;
  }
  return { had, all };
}

/** 0 (nothing in common) to 1 (the same words): the weighted share of both texts' words the other one has. */
export function likeness(a: TextFeatures, b: TextFeatures, weight: WordWeight): number {
  const aHas = a.keys.map((key) => b.index.has(key));
  const bHas = b.keys.map((key) => a.index.has(key));
  markJoined(a, b, aHas, bHas);
  markJoined(b, a, bHas, aHas);
  markTypos(a, b, aHas, bHas);
  const wa = weighed(a, aHas, weight);
  const wb = weighed(b, bHas, weight);
  const all = wa.all + wb.all;
  return all === 0 ? 0 : (wa.had + wb.had) / all;
}
