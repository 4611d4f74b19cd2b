// A table's own way in: the join address with the table in its fragment, which the phone reads and the server never
// sees (its join page and that page's cache stay one per workshop, and no table id reaches a log).
const PARAM = 'table';

export function tableJoinUrl(joinUrl: string, tableId: string): string {
  return `${joinUrl}#${PARAM}=${encodeURIComponent(tableId)}`;
}

/** The table a join address names, or null. */
export function tableInHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(PARAM) || null;
}
