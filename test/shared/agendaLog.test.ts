import { describe, expect, it } from 'vitest';
import { apply, facilitator, NOW, sessionWith } from '../helpers/domain';

describe('the log of how the day was re-planned', () => {
  it('records each change with when, who, what and the item as it was then', () => {
    let state = sessionWith();
    const [welcome, talk] = state.agenda.items;
    state = apply(state, facilitator, 'agenda:start', {});
    state = apply(state, facilitator, 'agenda:extend', { minutes: 5 }, NOW + 1000);
    state = apply(state, facilitator, 'agenda:remove', { id: talk!.id }, NOW + 2000);
    state = apply(state, facilitator, 'agenda:mode', { mode: 'clock' }, NOW + 3000);
    expect(state.agenda.log.map(({ at, change, title, minutes, mode }) => ({ at: at - NOW, change, title, minutes, mode }))).toEqual([
      { at: 0, change: 'start', title: '', minutes: undefined, mode: undefined },
      { at: 0, change: 'goto', title: welcome!.title, minutes: undefined, mode: undefined },
      { at: 1000, change: 'extend', title: welcome!.title, minutes: 5, mode: undefined },
      { at: 2000, change: 'remove', title: talk!.title, minutes: undefined, mode: undefined },
      { at: 3000, change: 'mode', title: '', minutes: undefined, mode: 'clock' },
    ]);
    expect(state.agenda.log.every((entry) => entry.actor === 'test')).toBe(true);
  });
});
