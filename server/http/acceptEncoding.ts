// Which of our precompressed variants a browser accepts, brotli before gzip when it weighs them alike.
import type { ContentEncoding } from '../../client/build/variants';

/** Parses `Accept-Encoding` (`gzip, deflate, br;q=0.9, *;q=0`) and picks the best of `available`, or none. */
export function preferredEncoding(header: string | undefined, available: readonly ContentEncoding[]): ContentEncoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weightOf = (encoding: string) => weights.get(encoding) ?? weights.get('*') ?? 0;
  let best: ContentEncoding | undefined;
  for (const encoding of available) {
    // `available` is in our order of preference, so only a strictly higher weight displaces an earlier one.
    if (weightOf(encoding) > 0 && (best === undefined || weightOf(encoding) > weightOf(best))) best = encoding;
  }
  return best;
}
