// Upcasting stored events: a test event whose shape changed twice, read from every version it was written in.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { type StoredEvent, type Upcasters, currentEventVersion, upcast, upcasters } from '../../shared/upcast';
import { toEvent } from '../../server/store/rows';

/**
 * A made-up `card:noted`: version 1 held `text`; version 2 split the author off into `by` (anonymous before);
 * version 3 renamed `text` to `body` and made `tags` a list that version 2 held as one comma-separated string.
 */
const table: Upcasters = {
  'card:noted': [
    (v1) => ({ ...v1, by: null }),
    ({ text, tags, ...v2 }) => ({ ...v2, body: text, tags: typeof tags === 'string' && tags ? tags.split(',') : [] }),
  ],
};
const current = { type: 'card:noted', v: 3, body: 'Læsekampagne', by: null, tags: ['a', 'b'] };

describe('upcasting stored events', () => {
  it.each<[string, StoredEvent]>([
    ['version 1 (no v)', { type: 'card:noted', text: 'Læsekampagne', tags: 'a,b' }],
    ['version 2', { type: 'card:noted', v: 2, text: 'Læsekampagne', by: null, tags: 'a,b' }],
    ['version 3, the current shape', current],
  ])('reads %s as the current shape', (_, stored) => {
    expect(upcast(stored, table)).toEqual(current);
  });

  it('returns an event of the current shape as it is, and one of a type that never changed as written', () => {
    expect(upcast(current, table)).toBe(current);
    const other = { type: 'idea:added', id: 'i1' };
    expect(upcast(other, table)).toBe(other);
    expect(currentEventVersion('card:noted', table)).toBe(3);
    expect(currentEventVersion('idea:added', table)).toBe(1);
  });

  it.each([4, 0, 1.5, '2'])('refuses shape version %o (a newer release wrote it, or it is not a version) as damaged', (v) => {
    const read = () => upcast({ type: 'card:noted', v } as StoredEvent, table);
    expect(read).toThrow(DomainError);
    expect(read).toThrow(/written by another release/);
  });

  it('looks a type up as a key of its own: a stored type named like an object property has no steps', () => {
    for (const type of ['__proto__', 'constructor', 'toString']) expect(upcast({ type }, table)).toEqual({ type });
  });

  it('is the door every stored event comes through: a row of a shape this release does not know damages its session', () => {
    expect(Object.keys(upcasters)).toEqual([]);
    const row = (body: object) => ({ seq: 3, at: 1, actor: 'facilitator', body: JSON.stringify(body) });
    expect(toEvent(row({ type: 'idea:added', id: 'i1' })).event).toEqual({ type: 'idea:added', id: 'i1' });
    expect(() => toEvent(row({ type: 'idea:added', v: 2, id: 'i1' }))).toThrow(expect.objectContaining({ code: 'damaged' }));
  });
});
