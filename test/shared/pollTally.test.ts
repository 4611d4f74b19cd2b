import { describe, expect, it } from 'vitest';
import { countAnswer, distinctWords, emptyTally, normaliseWord, rankedWords, recount, scaleAverage, shares } from '../../shared/poll/tally';
import type { PollAnswer, PollKind, PollTally } from '../../shared/poll/types';

describe('word normalisation', () => {
  it.each([
    ['Røde Kors', 'rødekors', 'Røde Kors'],
    ['  røde   kors ', 'rødekors', 'røde kors'],
    ['RØDEKORS', 'rødekors', 'RØDEKORS'],
    ['Ældre\tSagen', 'ældresagen', 'Ældre Sagen'],
    // Composed and decomposed Å are one letter.
    ['A\u030Arhus', 'århus', 'Århus'],
  ])('counts %j as %j (shown as %j)', (raw, key, label) => {
    expect(normaliseWord(raw)).toEqual({ key, label });
  });

  it.each(['', '   ', '\n\t'])('drops the blank entry %j', (raw) => {
    expect(normaliseWord(raw)).toBeNull();
  });

  it('counts a word once per answer however it was typed', () => {
    expect(distinctWords(['Jobcenter', 'jobcenter ', 'Museum', ' '])).toEqual([
      { key: 'jobcenter', label: 'Jobcenter' },
      { key: 'museum', label: 'Museum' },
    ]);
  });
});

const fold = (kind: PollKind, options: number, answers: [PollAnswer, PollAnswer | null][]): PollTally =>
  answers.reduce((tally, [answer, previous]) => recount(tally, answer, previous), emptyTally(kind, options));

describe('vote counting', () => {
  it.each<[string, PollKind, number, [PollAnswer, PollAnswer | null][], Partial<PollTally>]>([
    ['single choice', 'single', 4, [[{ choices: [0] }, null], [{ choices: [2] }, null], [{ choices: [0] }, null]], { respondents: 3, counts: [2, 0, 1, 0] }],
    ['a changed single choice', 'single', 3, [[{ choices: [0] }, null], [{ choices: [1] }, { choices: [0] }]], { respondents: 1, counts: [0, 1, 0] }],
    ['multiple choice', 'multiple', 3, [[{ choices: [0, 1] }, null], [{ choices: [1, 2] }, null]], { respondents: 2, counts: [1, 2, 1] }],
    ['a changed multiple choice', 'multiple', 3, [[{ choices: [0, 1] }, null], [{ choices: [2] }, { choices: [0, 1] }]], { respondents: 1, counts: [0, 0, 1] }],
    ['a scale', 'scale', 0, [[{ scale: 5 }, null], [{ scale: 1 }, null], [{ scale: 5 }, null]], { respondents: 3, counts: [1, 0, 0, 0, 2] }],
    ['a changed scale', 'scale', 0, [[{ scale: 2 }, null], [{ scale: 4 }, { scale: 2 }]], { respondents: 1, counts: [0, 0, 0, 1, 0] }],
    ['open text', 'text', 0, [[{ text: 'Mere tid' }, null], [{ text: 'Mere tid' }, null], [{ text: 'Kaffe' }, { text: 'Mere tid' }]], { respondents: 2, texts: ['Mere tid', 'Kaffe'] }],
  ])('counts %s', (_label, kind, options, answers, expected) => {
    expect(fold(kind, options, answers)).toMatchObject(expected);
  });

  it('counts words stored before the server keyed them case- and space-insensitively, and forgets a word nobody gives any more', () => {
    const tally = fold('words', 0, [
      [{ words: ['Røde Kors', 'Jobcenter'] }, null],
      [{ words: ['rødekors'] }, null],
      [{ words: ['Museum'] }, { words: ['Røde Kors', 'Jobcenter'] }],
    ]);
    expect(rankedWords(tally.words)).toEqual([
      { key: 'museum', label: 'Museum', count: 1, forms: [['Museum', 1]] },
      { key: 'rødekors', label: 'Røde Kors', count: 1, forms: [['rødekors', 1]] },
    ]);
    expect(tally.respondents).toBe(2);
  });

  it('never counts below zero when taking back an answer it did not count', () => {
    expect(countAnswer(emptyTally('single', 2), { choices: [1] }, -1).counts).toEqual([0, 0]);
  });
});

describe('scale averages and shares', () => {
  it.each<[number[], number | null]>([
    [[0, 0, 0, 0, 0], null],
    [[1, 0, 0, 0, 0], 1],
    [[0, 0, 0, 0, 3], 5],
    [[1, 0, 0, 0, 1], 3],
    [[2, 1, 0, 0, 0], 4 / 3],
  ])('averages %j to %s', (counts, average) => {
    expect(scaleAverage(counts)).toBe(average);
  });

  it('gives each option its share of the respondents', () => {
    expect(shares({ respondents: 4, counts: [2, 4, 0], words: [], texts: [] })).toEqual([0.5, 1, 0]);
    expect(shares(emptyTally('single', 2))).toEqual([0, 0]);
  });
});
