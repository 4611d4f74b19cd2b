// The form of a word shown for all of its spellings. Tiny on purpose: every screen's reducer uses it.

/** The spelling with the biggest count, the first of equals. */
export function mostTyped(spellings: Iterable<readonly [string, number]>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
  return best;
}
