import { describe, expect, it } from 'vitest';
import { programmeChangeRows } from '../../shared/export/programmeChangeRows';
import { apply, facilitator, NOW, sessionWith } from '../kit/domain';

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
    expect(state.agenda.log.every((entry) => entry.actor === 'facilitator')).toBe(true);
  });
});

describe('the programme changes as exported', () => {
  it('says what an edit changed: the title and the times, before and after', () => {
    let state = sessionWith();
    const talk = state.agenda.items[1]!;
    state = apply(state, facilitator, 'agenda:edit', { id: talk.id, changes: { title: 'Produktive partnerskaber (kort)', end: '10:40' } });
    state = apply(state, facilitator, 'agenda:shift', { minutes: 5 }, NOW - 4 * 3600_000); // 09.50: before the day
    expect(programmeChangeRows(state, 'da').map(({ who, change, item, detail }) => [who, change, item, detail])).toEqual([
      ['Facilitator', 'Redigeret', 'Produktive partnerskaber (kort)', '«Produktive partnerskaber» → «Produktive partnerskaber (kort)»; 10.10–10.45 → 10.10–10.40'],
      ['Facilitator', 'Resten rykket', 'Velkomst og præsentation', '5 min.'],
    ]);
  });
});
