// How many tables the projector shows at once: few tables fill the screen with large tiles, many go a page of
// twelve at a time (four across, three down), each still legible from the back row.

export interface TileLayout {
  columns: number;
  rows: number;
  perPage: number;
  pages: number;
}

const MAX_COLUMNS = 4;
const MAX_ROWS = 3;

export function tileLayout(count: number): TileLayout {
  const n = Math.max(1, count);
  const columns = n <= 3 ? n : n <= 4 ? 2 : n <= 6 ? 3 : MAX_COLUMNS;
  const rows = Math.min(MAX_ROWS, Math.ceil(n / columns));
  const perPage = columns * rows;
  return { columns, rows, perPage, pages: Math.max(1, Math.ceil(count / perPage)) };
}
