// Texts alike but for a typo: a letter missed, added, changed or two swapped, in a word long enough to tell.
import { describe, expect, it } from 'vitest';
import { comparable, expectedGroups, fixtureIdeas } from '../../bench/similarFixture';
import type { Idea } from '../../shared/board/types';
import { similarGroups } from '../../shared/similar/group';
import { alikeTo, featureCache } from '../../shared/similar/suggestions';
import { oneTypoApart, typoNeighbours, withinOneTypo } from '../../shared/similar/typo';

const pair = (a: string, b: string) => similarGroups([{ id: 'a', text: a, bucket: 's' }, { id: 'b', text: b, bucket: 's' }]);

describe('one typo between two words', () => {
  it.each([
    ['bibliotek', 'bibliotek', true],
    ['bibliotket', 'biblioteket', true], // a letter missed
    ['biblioteek', 'bibliotek', true], // a letter added
    ['bibliotak', 'bibliotek', true], // a letter changed
    ['biblitoek', 'bibliotek', true], // two neighbours swapped
    ['bilbiotek', 'bibliotek', true],
    ['sagen', 'sagn', true],
    ['biblotk', 'bibliotek', false], // two missed
    ['bibliotke', 'biblioket', false], // two apart
    ['ab', 'abcd', false],
    ['', 'a', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(withinOneTypo(a, b)).toBe(expected);
    expect(withinOneTypo(b, a)).toBe(expected);
  });

  it('counts only words long enough to tell a typo from another word, and never numbers', () => {
    expect(oneTypoApart('sagen', 'sagn')).toBe(true);
    expect(oneTypoApart('sagt', 'sagn')).toBe(false);
    expect(oneTypoApart('hus', 'hud')).toBe(false);
    expect(oneTypoApart('20245', '20255')).toBe(false);
    expect(oneTypoApart('bibliotek', 'bibliotek')).toBe(false);
  });

  it('pairs the distinct words a typo apart without comparing every pair', () => {
    const pairs = typoNeighbours(['biblioteket', 'bibliotket', 'bibliotek', 'biblioteek', 'sagen', 'sagn', 'sagt', 'kaffe']);
    expect(pairs.map((p) => p.join('/')).sort()).toEqual(['biblioteek/bibliotek', 'biblioteket/bibliotket', 'sagen/sagn'].sort());
  });
});

describe('texts alike but for a typo', () => {
  it.each([
    ['Ældre Sagen', 'Ældre Sagn'],
    ['Bibliotket', 'Biblioteket'],
    ['Højtlæsning for børnehaver', 'Højtlæsnig for børnehavr'],
    ['Brætspil fra legetøjsbutikken', 'Brætspl fra legetøjsbutiken'],
  ])('"%s" and "%s" are suggested as one', (a, b) => {
    expect(pair(a, b)).toEqual([['a', 'b']]);
  });

  it.each([
    ['Sagt og gjort', 'Sagn og gjort'],
    ['Lån af cykler', 'Læs om cykler i 2025'],
    ['Kursus 20245', 'Kursus 20255'],
  ])('"%s" and "%s" stay apart: the words differ in short words or numbers only', (a, b) => {
    expect(pair(a, b)).toEqual([]);
  });

  it('finds the fixture ideas alike only through typos', () => {
    const ids = ['c25', 'c26', 'p22', 'p23', 'm17', 'm18', 'm19', 'm20'];
    const ideas = fixtureIdeas().filter((idea) => ids.includes(idea.id));
    const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
    expect(sorted(similarGroups(ideas.map(comparable)))).toEqual(sorted(expectedGroups(ideas)));
  });

  it("hints a phone typing with a typo at the idea it mistypes", () => {
    const idea = { id: 'i1', sector: 'civil', partner: '', text: 'Højtlæsning for børnehaver', hidden: false } as Idea;
    expect(alikeTo('Højtlæsnig for børnehavr', 'civil', [idea], featureCache()).map((i) => i.id)).toEqual(['i1']);
  });
});
