import { describe, expect, it } from 'vitest';
import { groupedTexts, pollResults } from '../../shared/poll/results';
import { findPoll } from '../../shared/poll/polls';
import { apply, facilitator, sessionWith } from '../kit/domain';

describe('open-text answers grouped', () => {
  it('makes texts the same after normalisation one entry, shown as typed most, each exact text kept', () => {
    const texts = ['røde kors!', 'Røde Kors', 'Ｒøde Kors', 'Røde Kors\u200b', 'Red Barnet', 'Røde  Kors', 'Rø\u200bde Kors', 'Røde Kors'];
    expect(groupedTexts(texts)).toEqual([
      {
        label: 'Røde Kors',
        count: 7,
        answers: [
          { label: 'Røde Kors', count: 2 },
          { label: 'røde kors!', count: 1 },
          { label: 'Ｒøde Kors', count: 1 },
          { label: 'Røde Kors\u200b', count: 1 },
          { label: 'Røde  Kors', count: 1 },
          { label: 'Rø\u200bde Kors', count: 1 },
        ],
      },
      { label: 'Red Barnet', count: 1, answers: [{ label: 'Red Barnet', count: 1 }] },
    ]);
  });

  it('keeps texts that differ inside apart, and drops what is only punctuation or invisible', () => {
    expect(groupedTexts(['Røde Kors', 'RødeKors', 'Røde-Kors', '!!', '\u200b']).map((g) => [g.label, g.count])).toEqual([
      ['Røde Kors', 1],
      ['RødeKors', 1],
      ['Røde-Kors', 1],
    ]);
  });

  it('shows the first typed of equally typed spellings, biggest entry first and ties in the order answered', () => {
    expect(groupedTexts(['Bo', 'mad', 'MAD', 'bo.', 'kaffe']).map((g) => [g.label, g.count])).toEqual([
      ['Bo', 2],
      ['mad', 2],
      ['kaffe', 1],
    ]);
  });

  it('is what a text poll results in, on the screens and in the exports alike', () => {
    let state = apply(sessionWith(), facilitator, 'poll:create', { id: 'poll-000001', kind: 'text', question: 'Hvem hjælper?' });
    state = apply(state, facilitator, 'poll:open', { id: 'poll-000001' });
    ['Røde Kors', 'røde kors!', 'Red Barnet'].forEach((text, i) => {
      state = apply(state, { role: 'participant', participantId: `person-00${i}` }, 'poll:answer', { pollId: 'poll-000001', text });
    });
    expect(pollResults(findPoll(state.polls, 'poll-000001')!, state.polls)).toEqual([
      { label: 'Røde Kors', count: 2 },
      { label: 'Red Barnet', count: 1 },
    ]);
  });
});
