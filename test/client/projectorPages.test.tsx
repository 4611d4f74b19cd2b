import { describe, expect, it } from 'vitest';
import { type Measured, pageColumn, pageColumns } from '../../client/features/projector/pages';

const item = (key: string, height = 100, groupKey: string | null = null): Measured => ({ key, kind: 'item', height, groupKey });
const group = (key: string, height = 40): Measured => ({ key, kind: 'group', height });
const keys = (pages: { key: string; continued: boolean }[][]) => pages.map((p) => p.map((e) => (e.continued ? `${e.key}+` : e.key)));

describe('projector pages', () => {
  it.each([
    ['everything fits on one page', [item('a'), item('b')], 300, [['a', 'b']]],
    ['a card that does not fit starts the next page', [item('a'), item('b'), item('c')], 300, [['a', 'b'], ['c']]],
    ['the gaps count', [item('a'), item('b'), item('c')], 310, [['a', 'b'], ['c']]],
    ['exactly full fits', [item('a'), item('b'), item('c')], 320, [['a', 'b', 'c']]],
    ['a card taller than a page gets its own page', [item('a'), item('big', 900), item('b')], 300, [['a'], ['big'], ['b']]],
    ['no blocks, no pages', [], 300, []],
  ] as const)('%s', (_, blocks, available, expected) => {
    expect(keys(pageColumn(blocks, available, 10))).toEqual(expected);
  });

  it('never leaves a group heading alone at the bottom of a page', () => {
    const blocks = [item('a'), item('b'), group('g'), item('c', 100, 'g')];
    expect(keys(pageColumn(blocks, 260, 10))).toEqual([['a', 'b'], ['g', 'c']]);
  });

  it('repeats the heading of a group that runs over onto the next page', () => {
    const blocks = [group('g'), item('a', 100, 'g'), item('b', 100, 'g'), item('c', 100, 'g'), item('d')];
    expect(keys(pageColumn(blocks, 260, 10))).toEqual([['g', 'a', 'b'], ['g+', 'c', 'd']]);
  });

  it('does not repeat a heading for an ungrouped card after the group', () => {
    const blocks = [group('g'), item('a', 100, 'g'), item('b', 100, 'g'), item('c')];
    expect(keys(pageColumn(blocks, 260, 10))).toEqual([['g', 'a', 'b'], ['c']]);
  });

  it('pages the screen by its longest column and leaves shorter columns empty', () => {
    const pages = pageColumns([[item('a'), item('b'), item('c')], [item('x')], []], 210, 10);
    expect(pages.map((page) => page.map((column) => column.map((e) => e.key)))).toEqual([
      [['a', 'b'], ['x'], []],
      [['c'], [], []],
    ]);
  });

  it('has one empty page for an empty board', () => {
    expect(pageColumns([[], [], []], 300, 10)).toEqual([[[], [], []]]);
  });

  it('shows every block exactly once over all pages', () => {
    const columns = [0, 1, 2].map((c) =>
      Array.from({ length: 20 }, (_, i) => (i % 7 === 0 ? group(`g${c}-${i}`) : item(`i${c}-${i}`, 60 + ((i * 37) % 90), i % 7 < 4 ? `g${c}-${i - (i % 7)}` : null))),
    );
    const pages = pageColumns(columns, 400, 12);
    const shown = pages.flatMap((page) => page.flatMap((column) => column.filter((e) => !e.continued).map((e) => e.key)));
    expect(shown.sort()).toEqual(columns.flat().map((b) => b.key).sort());
  });
});
