// One key for texts people typed that mean the same: how partners (and poll words) are matched across workshops.

/** Zero-width and invisible format characters: pasted from documents, they make equal words look different. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/**
 * The matching key: compatibility-normalised (fullwidth letters become plain), invisible characters removed, lower
 * case in Danish, runs of space made one, punctuation at the edges dropped. "Røde Kors", "RØDE  KORS." and
 * "Ｒøde Kors" share one key; the empty key means nothing was typed.
 */
export function textKey(raw: string): string {
  return spelling(raw).toLocaleLowerCase('da-DK');
}

/** The text as shown: the key's clean-up, with the case people typed. */
function spelling(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
}

/** Counts texts by key, each shown as the spelling typed most often (the first of equals). */
export class KeyedCounter<Extra> {
  private readonly entries = new Map<string, { count: number; spellings: Map<string, number>; extra: Extra }>();

  constructor(private readonly makeExtra: () => Extra) {}

  /** Adds `count` under the text's key; returns the entry's extra data, or undefined for an empty text. */
  add(raw: string, count = 1): Extra | undefined {
    const key = textKey(raw);
    if (!key) return undefined;
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { count: 0, spellings: new Map(), extra: this.makeExtra() }));
    entry.count += count;
    const shown = spelling(raw);
    entry.spellings.set(shown, (entry.spellings.get(shown) ?? 0) + count);
    return entry.extra;
  }

  /** Biggest count first; ties in the order first seen. */
  ranked(): { label: string; count: number; extra: Extra }[] {
    return [...this.entries.values()]
      .map(({ count, spellings, extra }) => ({ label: mostTyped(spellings), count, extra }))
      .sort((a, b) => b.count - a.count);
  }
}

function mostTyped(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
  return best;
}
