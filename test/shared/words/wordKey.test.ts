import { describe, expect, it } from 'vitest';
import { KeyedCounter } from '../../../shared/words/keyedCounter';
import { contentWords, isStopPhrase, isStopWord, textWords, wordKey } from '../../../shared/words/wordKey';

describe('Danish inflections are one word', () => {
  const inflections: [string, string[][]][] = [
    ['definite and plural of a noun', [['bibliotek', 'Biblioteket', 'bibliotekerne', 'biblioteker', 'bibliotekets']]],
    ['æøå nouns', [['fællesskab', 'fællesskabet', 'fællesskaber'], ['børn', 'børnene'], ['ældre', 'ældres']]],
    ['a compound, closed, hyphened or spaced', [['børnebibliotek', 'børne-bibliotek', 'Børne Bibliotekerne']]],
    ['a name with its genitive', [['Ældre Sagen', 'ÆldreSagen', 'Ældre Sagens']]],
    ['verbs', [['hjælpe', 'hjælper', 'hjælpen'], ['løbe', 'løber', 'løbet']]],
    ['adjectives', [['frivillig', 'frivillige', 'Frivilligheden']]],
    ['é in idé', [['idé', 'idéer', 'Idéerne']]],
  ];
  it.each(inflections)('%s', (_what, groups) => {
    for (const group of groups) expect(new Set(group.map(wordKey)).size, group.join(', ')).toBe(1);
  });

  it('keeps different words apart', () => {
    const keys = ['bibliotek', 'borger', 'barn', 'børn', 'år', 'ar', 'kommune', 'kommunikation'].map(wordKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Unicode tricks make no new word', () => {
  it.each([
    ['fullwidth letters (NFKC)', 'Ｂｉｂｌｉｏｔｅｋ', 'bibliotek'],
    ['zero-width space inside', 'Biblio\u200Btek', 'bibliotek'],
    ['zero-width joiner and non-joiner', 'Bib\u200Dlio\u200Ctek', 'bibliotek'],
    ['soft hyphen', 'biblio\u00ADteket', 'bibliotek'],
    ['word joiner and byte-order mark', '\uFEFFbiblio\u2060tek', 'bibliotek'],
    ['direction marks', '\u200Fbibliotek\u200E', 'bibliotek'],
    ['combining ring against precomposed å', 'A\u030Arhus', 'Århus'],
    ['the Ångström sign', '\u212Brhus', 'århus'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['capital I', 'ISTANBUL', 'Istanbul'],
    ['edge punctuation and quotes', '«Røde Kors!»', 'røde kors'],
    ['Røde Kors written together, with a ZWSP and fullwidth', 'Ｒøde\u200BKors', 'RØDE KORS'],
  ])('%s', (_what, a, b) => {
    expect(wordKey(a)).toBe(wordKey(b));
    expect(wordKey(a)).not.toBe('');
  });

  it('keeps a dotless ı apart from i, as Turkish writes them as two letters', () => {
    expect(wordKey('ıslak')).not.toBe(wordKey('islak'));
  });

  it('keys words that name object properties like any other word', () => {
    expect(wordKey('__proto__')).toBe('proto');
    expect(wordKey('constructor')).toBe('constructor');
    expect(wordKey('hasOwnProperty')).toBe('hasownproperty');
  });

  it('keys a word of no letters or digits by itself, and nothing as empty', () => {
    expect(wordKey('🙂')).toBe('🙂');
    expect(wordKey(' 🙂\u200B ')).toBe('🙂');
    expect(wordKey('  \u200B ')).toBe('');
  });
});

describe('stop words', () => {
  it.each(['og', 'i', 'det', 'ikke', 'the', 'and', "don't", 'don’t', 'OG', 'Ｏｇ'])('%s is a stop word', (word) => {
    expect(isStopPhrase(word)).toBe(true);
  });

  it.each(['bibliotek', 'Røde Kors', 'og bibliotek', 'the library', '🙂', 'IT', 'to', 'had'])('%s is not', (word) => {
    expect(isStopPhrase(word)).toBe(false);
  });

  it('a single normalised word', () => {
    expect(isStopWord('og')).toBe(true);
    expect(isStopWord('Og')).toBe(false);
  });
});

describe('the words of a text', () => {
  it('splits at anything that is not a letter or digit, normalised', () => {
    expect(textWords('IT-hjælp, 2 gange: Ｏg\u200B så!')).toEqual(['it', 'hjælp', '2', 'gange', 'og', 'så']);
  });

  it('keeps the content words as stems, in order', () => {
    expect(contentWords('Vi vil gerne have flere frivillige i bibliotekerne, og IT-hjælp til de ældre!')).toEqual([
      'gern', 'fler', 'frivil', 'bibliotek', 'it', 'hjælp', 'ældr',
    ]);
  });
});

describe('counting by word key', () => {
  it('shows the form typed most', () => {
    const counter = new KeyedCounter(() => null, wordKey);
    for (const word of ['bibliotek', 'biblioteket', 'Biblioteket', 'biblioteket', 'Kommunen']) counter.add(word);
    expect(counter.ranked().map(({ label, count }) => [label, count])).toEqual([
      ['biblioteket', 4],
      ['Kommunen', 1],
    ]);
  });
});
