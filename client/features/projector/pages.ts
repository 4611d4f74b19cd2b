// How the projector splits columns of cards into pages that fit the screen: pure, so it is tested without a browser.

/** One thing in a column: a group heading, or a card (an idea, a ranked row) that may belong to a group. */
export interface Measured {
  key: string;
  kind: 'group' | 'item';
  /** For an item: the group heading it sits under, if any. */
  groupKey?: string | null;
  height: number;
}

/** What a column shows on one page; `continued` marks a group heading repeated at the top of a later page. */
export type ColumnPage = { key: string; continued: boolean }[];

/**
 * Fills one column page by page: a group heading never ends a page without its first card, and a group that
 * runs over a page starts the next page with its heading again. A card taller than a page gets a page of its own.
 */
export function pageColumn(blocks: readonly Measured[], available: number, gap: number): ColumnPage[] {
  const pages: ColumnPage[] = [];
  let page: ColumnPage = [];
  let used = 0;
  let heading: Measured | null = null;
  const place = (key: string, height: number, continued = false) => {
    used += (page.length ? gap : 0) + height;
    page.push({ key, continued });
  };
  const turn = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  blocks.forEach((block, i) => {
    const gapBefore = page.length ? gap : 0;
    if (block.kind === 'group') {
      const next = blocks[i + 1];
      const firstCard = next && next.kind === 'item' && next.groupKey === block.key ? gap + next.height : 0;
      if (page.length && used + gapBefore + block.height + firstCard > available) turn();
      place(block.key, block.height);
      heading = block;
      return;
    }
    if (!block.groupKey || heading?.key !== block.groupKey) heading = null;
    if (page.length && used + gapBefore + block.height > available) {
      turn();
      if (heading) place(heading.key, heading.height, true);
    }
    place(block.key, block.height);
  });
  if (page.length) pages.push(page);
  return pages;
}

/** Pages of the whole screen: page n shows page n of every column; a column that runs out shows nothing more. */
export function pageColumns(columns: readonly (readonly Measured[])[], available: number, gap: number): ColumnPage[][] {
  const perColumn = columns.map((blocks) => pageColumn(blocks, available, gap));
  const count = Math.max(1, ...perColumn.map((p) => p.length));
  return Array.from({ length: count }, (_, n) => perColumn.map((p) => p[n] ?? []));
}
