// The tables as the facilitator types them, how the projector tiles them, what the console counts per table.
import { describe, expect, it } from 'vitest';
import { namesOf, numberedNames, removedTables, tablesFromNames } from '../../client/features/tables/tableDraft';
import { tableInHash, tableJoinUrl } from '../../client/features/tables/tableLink';
import { QUIET_MS, tableStats } from '../../client/features/tables/tableStats';
import { tileLayout } from '../../client/features/tables/tileLayout';
import { emptyBoard } from '../../shared/board/initial';
import type { BoardState, Idea } from '../../shared/board/types';

const counter = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe('the tables a typed list makes', () => {
  const current = [
    { id: 'a', name: 'Aarhus' },
    { id: 'b', name: 'Vejle' },
    { id: 'c', name: 'Kolding' },
  ];

  it('reads one name a line, trimmed, without empty lines', () => {
    expect(namesOf('  Aarhus \n\n Vejle\n   \nKolding')).toEqual(['Aarhus', 'Vejle', 'Kolding']);
  });

  it('numbers tables in the given words', () => {
    expect(numberedNames(3, (n) => `Bord ${n}`)).toEqual(['Bord 1', 'Bord 2', 'Bord 3']);
    expect(numberedNames(-2, (n) => `Bord ${n}`)).toEqual([]);
  });

  it.each([
    ['keeps every id when the names are reordered', ['Kolding', 'Aarhus', 'Vejle'], ['c', 'a', 'b']],
    ['keeps the id of a renamed table', ['Aarhus', 'Horsens', 'Kolding'], ['a', 'b', 'c']],
    ['gives a new table a new id', ['Aarhus', 'Vejle', 'Kolding', 'Odense'], ['a', 'b', 'c', 'new1']],
    ['drops the tables left out', ['Vejle'], ['b']],
  ])('%s', (_, names, ids) => {
    expect(tablesFromNames(names, current, counter()).map((t) => t.id)).toEqual(ids);
  });

  it('names the tables that would go', () => {
    const next = tablesFromNames(['Vejle'], current, counter());
    expect(removedTables(next, current).map((t) => t.name)).toEqual(['Aarhus', 'Kolding']);
  });

  it('keeps a table named like an object key a table like any other', () => {
    expect(tablesFromNames(['__proto__', 'constructor'], [{ id: 'x', name: '__proto__' }], counter())).toEqual([
      { id: 'x', name: '__proto__' },
      { id: 'new1', name: 'constructor' },
    ]);
  });
});

describe("a table's link", () => {
  it('carries the table in the fragment and is read back from it', () => {
    const url = tableJoinUrl('https://ootb.example/j/ABC234', 'bord 1/ø');
    expect(url).toBe('https://ootb.example/j/ABC234#table=bord%201%2F%C3%B8');
    expect(tableInHash(new URL(url).hash)).toBe('bord 1/ø');
    expect(tableInHash('')).toBeNull();
    expect(tableInHash('#table=')).toBeNull();
  });
});

describe("the projector's tiles", () => {
  it.each([
    [1, 1, 1, 1],
    [2, 2, 1, 1],
    [4, 2, 2, 1],
    [6, 3, 2, 1],
    [8, 4, 2, 1],
    [12, 4, 3, 1],
    [13, 4, 3, 2],
    [200, 4, 3, 17],
  ])('lays %i tables out %i across and %i down on %i pages', (count, columns, rows, pages) => {
    expect(tileLayout(count)).toMatchObject({ columns, rows, pages });
  });
});

const idea = (id: string, tableId: string | null, createdAt: number, authorId: string | null, sector: Idea['sector'] = 'public'): Idea =>
  ({ id, tableId, createdAt, authorId, sector, text: id, votes: {}, hidden: false, groupId: null }) as unknown as Idea;

describe('every table at a glance', () => {
  const tables = [
    { id: 't1', name: 'Bord 1' },
    { id: 't2', name: 'Bord 2' },
    { id: 't3', name: 'Bord 3' },
  ];
  const now = 10 * QUIET_MS;
  const ideas = [
    idea('i1', 't1', now - 1000, 'ann', 'market'),
    idea('i2', 't1', now - 2000, 'bo'),
    idea('i3', 't2', now - QUIET_MS - 1, 'cy'),
    idea('i4', null, now, 'dan'),
  ];
  const board = (phase: BoardState['phase']): BoardState => ({ ...emptyBoard(), phase, tables, ideas });
  const facilitator = { role: 'facilitator' } as const;

  it('counts ideas per table and sector, who wrote lately, and a table gone quiet', () => {
    const stats = tableStats(board('collecting'), facilitator, { now, seatedAt: new Map([['t1', 4]]) });
    expect(stats.map((s) => [s.table.id, s.ideas, s.active, s.seated, s.isQuiet])).toEqual([
      ['t1', 2, 2, 4, false],
      ['t2', 1, 0, 0, true],
      ['t3', 0, 0, 0, false],
    ]);
    expect(stats[0]!.bySector).toEqual({ public: 1, market: 1, civil: 0 });
  });

  it('calls no table quiet once the board has stopped collecting, and knows no seats unless told', () => {
    const stats = tableStats(board('voting'), facilitator, { now });
    expect(stats.every((s) => !s.isQuiet && s.seated === null)).toBe(true);
  });
});
