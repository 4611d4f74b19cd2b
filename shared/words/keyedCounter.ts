// Counting typed texts by key, each entry shown as the spelling people typed most.
import { mostTyped } from './mostTyped';
import { textKey, typedForm } from './textKey';

/** Counts texts by key, each shown as the spelling typed most often (the first of equals). */
export class KeyedCounter<Extra> {
  private readonly entries = new Map<string, { count: number; spellings: Map<string, number>; extra: Extra }>();

  /** `keyOf` decides which texts are one entry: textKey by default, wordKey (server only) for Danish inflections. */
  constructor(
    private readonly makeExtra: () => Extra,
    private readonly keyOf: (raw: string) => string = textKey,
  ) {}

  /** Adds `count` under the text's key; returns the entry's extra data, or undefined for an empty text. */
  add(raw: string, count = 1): Extra | undefined {
    const key = this.keyOf(raw);
    if (!key) return undefined;
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { count: 0, spellings: new Map(), extra: this.makeExtra() }));
    entry.count += count;
    const shown = typedForm(raw);
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
