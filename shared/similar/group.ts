// Finding groups of alike texts among thousands without comparing every pair: only texts that share a word that
// is not on every card are compared (blocking), then alike pairs are joined into groups (union-find).
import { featuresOf, type TextFeatures } from './features';
import { likeness, type WordWeight } from './score';
import { typoNeighbours } from './typo';

/** A text to compare, with the bucket it is compared within (an idea's sector, a question's programme item). */
export interface Comparable {
  id: string;
  text: string;
  bucket: string;
}

export interface GroupOptions<T extends Comparable = Comparable> {
  /** Likeness from which two texts are suggested as one (see SIMILAR_THRESHOLD). */
  threshold?: number;
  /** Groups the facilitator dismissed: two texts of one dismissed group are not suggested together again. */
  dismissed?: readonly (readonly string[])[];
  /** Features already made for a text, so a screen that groups again after each change reuses them. */
  features?: (item: T) => TextFeatures;
}

/**
 * The likeness from which texts are suggested as one, chosen on the fixture of Danish ideas
 * (test/fixtures/similar-ideas.json, figures in docs/benchmarks.md).
 */
export const SIMILAR_THRESHOLD = 0.45;

/**
 * A word on more cards than this does not make two cards candidates by itself: it bounds the pairs compared on
 * a full board (5,000 ideas) to at most this many per word of a card, not every pair.
 */
export const BLOCK_MAX_CARDS = 150;

/** Inverse document frequency: a word on every card weighs little, a rare one much. */
export function weightsOf(features: readonly TextFeatures[]): WordWeight {
  const cards = new Map<string, number>();
  for (const f of features) for (const key of f.keys) cards.set(key, (cards.get(key) ?? 0) + 1);
  const n = features.length;
  const weights = new Map<string, number>();
  for (const [key, count] of cards) weights.set(key, Math.log(1 + (n + 1) / count));
  const unseen = Math.log(2 + n);
  return (key) => weights.get(key) ?? unseen;
}

const blockingKeys = (f: TextFeatures): string[] => [...f.keys, ...f.joined.keys()];

function postingsOf(features: readonly TextFeatures[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of blockingKeys(f)) {
      const list = postings.get(key);
      if (!list) postings.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return postings;
}

/** Pairs [i, j] (i < j) of cards holding two words one typo apart, each on at most BLOCK_MAX_CARDS cards. */
function typoPairs(features: readonly TextFeatures[]): [number, number][] {
  const cardsOf = new Map<string, number[]>();
  const keyOf = new Map<string, string>();
  features.forEach((f, i) => {
    f.typed.forEach((word, k) => {
      const list = cardsOf.get(word);
      if (!list) {
        cardsOf.set(word, [i]);
        keyOf.set(word, f.keys[k]!);
      } else if (list[list.length - 1] !== i) list.push(i);
    });
  });
  const pairs: [number, number][] = [];
  for (const [a, b] of typoNeighbours(cardsOf.keys())) {
    // Two forms of one word ("skolen", "skoler") share their key: their cards are candidates already.
    if (keyOf.get(a) === keyOf.get(b)) continue;
    const as = cardsOf.get(a)!;
    const bs = cardsOf.get(b)!;
    if (as.length > BLOCK_MAX_CARDS || bs.length > BLOCK_MAX_CARDS) continue;
    for (const i of as) for (const j of bs) if (i !== j) pairs.push(i < j ? [i, j] : [j, i]);
  }
  return pairs;
}

/** Pairs [i, j] (i < j) of cards sharing a word that is on at most BLOCK_MAX_CARDS cards, or a word mistyped. */
function candidatePairs(features: readonly TextFeatures[]): [number, number][] {
  const postings = postingsOf(features);
  const pairs: [number, number][] = [];
  const lastSeenBy = new Int32Array(features.length).fill(-1);
  features.forEach((f, i) => {
    for (const key of blockingKeys(f)) {
      const list = postings.get(key)!;
      if (list.length > BLOCK_MAX_CARDS) continue;
      for (const j of list) {
        if (j <= i || lastSeenBy[j] === i) continue;
        lastSeenBy[j] = i;
        pairs.push([i, j]);
      }
    }
  });
  return pairs.concat(typoPairs(features));
}

class Unions {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  root(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.root(a)] = this.root(b);
  }
}

function dismissedTest(dismissed: readonly (readonly string[])[]): (a: string, b: string) => boolean {
  const marks = new Map<string, Set<number>>();
  dismissed.forEach((group, mark) => {
    for (const id of group) {
      const set = marks.get(id) ?? new Set<number>();
      marks.set(id, set.add(mark));
    }
  });
  return (a, b) => {
    const ma = marks.get(a);
    const mb = marks.get(b);
    if (!ma || !mb) return false;
    for (const mark of ma) if (mb.has(mark)) return true;
    return false;
  };
}

function groupsInBucket<T extends Comparable>(items: readonly T[], options: GroupOptions<T>, wasDismissed: (a: string, b: string) => boolean): string[][] {
  const features = items.map(options.features ?? ((item) => featuresOf(item.text)));
  const weight = weightsOf(features);
  const threshold = options.threshold ?? SIMILAR_THRESHOLD;
  const unions = new Unions(items.length);
  for (const [i, j] of candidatePairs(features)) {
    // Already in one group through others: comparing them adds nothing (30 copies of one idea are 29 comparisons).
    if (unions.root(i) === unions.root(j)) continue;
    if (wasDismissed(items[i]!.id, items[j]!.id)) continue;
    if (likeness(features[i]!, features[j]!, weight) >= threshold) unions.join(i, j);
  }
  const byRoot = new Map<number, string[]>();
  items.forEach((item, i) => {
    const root = unions.root(i);
    const group = byRoot.get(root);
    if (group) group.push(item.id);
    else byRoot.set(root, [item.id]);
  });
  return [...byRoot.values()].filter((group) => group.length > 1);
}

/** Groups (two or more ids, in the order given) of alike texts within each bucket; biggest first. */
export function similarGroups<T extends Comparable>(items: readonly T[], options: GroupOptions<T> = {}): string[][] {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const bucket = buckets.get(item.bucket);
    if (bucket) bucket.push(item);
    else buckets.set(item.bucket, [item]);
  }
  const wasDismissed = dismissedTest(options.dismissed ?? []);
  const groups = [...buckets.values()].flatMap((bucket) => groupsInBucket(bucket, options, wasDismissed));
  return groups.sort((a, b) => b.length - a.length);
}
