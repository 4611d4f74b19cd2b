// Alike ideas found in Danish as people type them: the fixture's groups, the words that make two texts alike, and
// what a dismissal and a question merge decide.
import { describe, expect, it } from 'vitest';
import { comparable, expectedGroups, fixtureIdeas } from '../../bench/similarFixture';
import { similarGroups } from '../../shared/similar/group';

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
const ideas = fixtureIdeas();
const only = (ids: string[]) => ideas.filter((idea) => ids.includes(idea.id)).map(comparable);

describe('grouping alike ideas', () => {
  it.each([
    ['"Ældre Sagen: IT-hjælp" typed four ways, compounds split and joined, an invisible character', ['c1', 'c2', 'c3', 'c4', 'c15']],
    ['Danish inflections of library and culture house', ['p10', 'p11', 'p12', 'p13']],
    ['café written with and without its accent, beside a look-alike', ['m6', 'm7', 'm14']],
    ['the bookshop and its author evenings', ['m1', 'm2', 'm3', 'm13']],
  ])('finds the expected groups: %s', (_, ids) => {
    const picked = only(ids);
    expect(sorted(similarGroups(picked))).toEqual(sorted(expectedGroups(ideas.filter((i) => ids.includes(i.id))).filter((g) => g.length > 1)));
  });

  it('keeps the same idea in two sectors apart', () => {
    expect(sorted(similarGroups(only(['c2', 'p18'])))).toEqual([]);
  });

  it('does not suggest a dismissed group again, but a new alike idea still joins one of its members', () => {
    const picked = only(['c1', 'c2', 'c3']);
    expect(similarGroups(picked, { dismissed: [['c1', 'c2', 'c3']] })).toEqual([]);
    expect(sorted(similarGroups(only(['c1', 'c2', 'c3', 'c4']), { dismissed: [['c1', 'c2', 'c3']] }))).toEqual([['c1', 'c2', 'c3', 'c4']]);
  });

  it('finds nothing in empty, punctuation-only or hostile texts', () => {
    const hostile = ['', '...', '\u200B\u200B', '__proto__', 'constructor', '🙂'.repeat(200)].map((text, i) => ({ id: `h${i}`, text, bucket: 'civil' }));
    expect(similarGroups(hostile)).toEqual([]);
  });
});
