import { describe, expect, it } from 'vitest';
import { KeyedCounter } from '../../../shared/words/keyedCounter';
import { textKey } from '../../../shared/words/textKey';

describe('one key for texts that mean the same', () => {
  it.each([
    ['Røde Kors', 'røde kors'],
    ['RØDE  KORS.', 'røde kors'],
    ['Ｒøde Kors', 'røde kors'],
    ['Røde\u200B Kors', 'røde kors'],
    ['  "Ældre Sagen"  ', 'ældre sagen'],
    ['Ølstuen ApS', 'ølstuen aps'],
    ['...', ''],
  ])('keys %j as %j', (raw, key) => {
    expect(textKey(raw)).toBe(key);
  });

  it('counts spellings as one, shown as typed most often, biggest first', () => {
    const counter = new KeyedCounter(() => ({ seen: 0 }));
    for (const raw of ['RØDE KORS', 'Røde Kors', 'Røde Kors.', 'Spejderne', '']) counter.add(raw);
    counter.add('spejderne', 5);
    expect(counter.ranked().map(({ label, count }) => [label, count])).toEqual([
      ['spejderne', 6],
      ['Røde Kors', 3],
    ]);
  });
});
