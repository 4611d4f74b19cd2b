import { describe, expect, it } from 'vitest';
import { phoneRow } from '../../client/features/reactions/phoneRow';
import { commands } from '../../shared/contract';
import { evolve } from '../../shared/evolve';
import { reactionsOf } from '../../shared/reaction/fold';
import { reactionGlyphs } from '../../shared/reaction/glyphs';
import { reactionKinds } from '../../shared/reaction/kinds';
import { countsFor, reactionItem, totalOf, withGathered } from '../../shared/reaction/reactions';
import type { SessionState } from '../../shared/state';
import { blankSession } from '../../shared/session/evolve';
import type { DomainEvent } from '../../shared/events';

const item = (id: string) => ({ id, kind: 'talk', title: id, start: 0, end: 1, speaker: '', note: '', actualStart: null, actualEnd: null, countdownFrom: null });
const withItems = (current: string | null): SessionState => {
  const blank = blankSession('s');
  return { ...blank, agenda: { ...blank.agenda, items: [item('talk-one-1'), item('talk-two-2')] as never, currentItemId: current } };
};
const fold = (state: SessionState, ...events: DomainEvent[]) => events.reduce((s, event) => evolve(s, { seq: s.seq + 1, at: 0, actor: 'system', event }), state);
const decide = (state: SessionState, payload: { itemId: string | null; enabled: boolean }, role: 'facilitator' | 'projector' = 'facilitator') =>
  commands['reaction:switch'].decide({ state, actor: { role }, now: 0, newId: () => 'x' }, payload);

describe('reactions in the domain', () => {
  it('has one glyph per kind, and the phone bar shows the same ones in the same order', () => {
    expect(Object.keys(reactionGlyphs)).toEqual([...reactionKinds]);
    expect(phoneRow).toEqual(Object.entries(reactionGlyphs));
  });

  it('adds gathered taps to the stored counts, item by item', () => {
    const counts = withGathered([{ itemId: 'a', counts: { clap: 2 } }], new Map([['a', { clap: 1, heart: 3 }], ['b', { idea: 1 }]]));
    expect(counts).toEqual([{ itemId: 'a', counts: { clap: 3, heart: 3 } }, { itemId: 'b', counts: { idea: 1 } }]);
    expect(totalOf(countsFor({ off: false, offItems: [], counts }, 'a'))).toBe(6);
  });

  it('folds counts and switches into the state; a state from before reactions has none and all on', () => {
    const state = withItems('talk-one-1');
    expect(reactionsOf(state)).toEqual({ off: false, offItems: [], counts: [] });
    const after = fold(state, { type: 'reaction:counted', counts: [{ itemId: 'talk-one-1', counts: { clap: 4 } }] }, { type: 'reaction:switched', off: false, offItems: ['talk-one-1'] });
    expect(reactionsOf(after)).toEqual({ off: false, offItems: ['talk-one-1'], counts: [{ itemId: 'talk-one-1', counts: { clap: 4 } }] });
  });

  it.each([
    ['no item on', withItems(null), 'wrong_phase'],
    ['off for the item', fold(withItems('talk-one-1'), { type: 'reaction:switched', off: false, offItems: ['talk-one-1'] }), 'reactions_off'],
    ['off for the day', fold(withItems('talk-one-1'), { type: 'reaction:switched', off: true, offItems: [] }), 'reactions_off'],
  ])('refuses a tap with %s', (_, state, code) => {
    expect(() => reactionItem(state, 0)).toThrow(expect.objectContaining({ code }));
  });

  it('counts a tap for the item on now', () => {
    expect(reactionItem(withItems('talk-two-2'), 0)).toBe('talk-two-2');
  });

  it('switches per item and per day, changes nothing when already so, and refuses other screens and unknown items', () => {
    const state = withItems('talk-one-1');
    expect(decide(state, { itemId: 'talk-one-1', enabled: false })).toEqual([{ type: 'reaction:switched', off: false, offItems: ['talk-one-1'] }]);
    expect(decide(state, { itemId: 'talk-one-1', enabled: true })).toEqual([]);
    expect(decide(state, { itemId: null, enabled: false })).toEqual([{ type: 'reaction:switched', off: true, offItems: [] }]);
    expect(decide(state, { itemId: null, enabled: true })).toEqual([]);
    expect(() => decide(state, { itemId: '__proto__', enabled: false })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => decide(state, { itemId: null, enabled: false }, 'projector')).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
