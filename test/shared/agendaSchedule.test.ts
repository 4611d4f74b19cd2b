import { describe, expect, it } from 'vitest';
import { currentItem } from '../../shared/agenda/current';
import { countdownEnd, extend, MINUTE, place, reorder, shiftFrom } from '../../shared/agenda/schedule';
import type { AgendaItem, AgendaState } from '../../shared/agenda/types';
import { countdown, whereWeAre } from '../../shared/agenda/whereWeAre';
import { DomainError } from '../../shared/errors';

const T0 = Date.parse('2026-11-25T09:00:00Z'); // 10.00 in Copenhagen
const at = (minutes: number) => T0 + minutes * MINUTE;
const item = (id: string, from: number, to: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id, kind: 'talk', title: id, speaker: '', note: '', start: at(from), end: at(to), actualStart: null, actualEnd: null, countdownFrom: null, ...extra,
});
const day = [item('a', 0, 10), item('b', 10, 45), item('c', 45, 80), item('d', 90, 100)];
const spans = (items: AgendaItem[]) => items.map((i) => `${i.id}:${(i.start - T0) / MINUTE}-${(i.end - T0) / MINUTE}`).join(' ');
const code = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

describe('placing items', () => {
  it.each([
    ['a new item in a free slot', item('x', 80, 90), false, 'a:0-10 b:10-45 c:45-80 x:80-90 d:90-100'],
    ['an item over the next one, shifting the rest', item('x', 45, 55), true, 'a:0-10 b:10-45 x:45-55 c:55-90 d:90-100'],
    ['an edited item made longer, shifting the rest', item('b', 10, 60), true, 'a:0-10 b:10-60 c:60-95 d:95-105'],
  ])('places %s', (_label, it_, shift, expected) => {
    expect(spans(place(day, it_, shift))).toBe(expected);
  });

  it.each([
    ['an item that ends before it starts', item('x', 85, 82), 'invalid_payload'],
    ['an item that lasts zero minutes', item('x', 85, 85), 'invalid_payload'],
    ['an overlapping item without shifting the rest', item('x', 40, 50), 'overlap'],
  ])('refuses %s', (_label, it_, expected) => {
    expect(code(() => place(day, it_, false))).toBe(expected);
  });

  it('refuses an item over the one before even when shifting the rest: the typed start stands', () => {
    expect(code(() => place(day, item('x', 40, 50), true))).toBe('overlap');
    expect(code(() => place(day, { ...day[2]!, start: at(40) }, true))).toBe('overlap');
  });
});

describe('re-planning the day', () => {
  it.each([
    ['extending b by 10 minutes moves everything after it', () => extend(day, 'b', 10), 'a:0-10 b:10-55 c:55-90 d:100-110'],
    ['being 15 minutes late from c moves c and the rest', () => shiftFrom(day, 'c', 15), 'a:0-10 b:10-45 c:60-95 d:105-115'],
    ['catching up 5 minutes from d, into the gap before it', () => shiftFrom(day, 'd', -5), 'a:0-10 b:10-45 c:45-80 d:85-95'],
    ['being 10 minutes late in b by the clock: b keeps its start and ends later', () => shiftFrom(day, 'b', 10, true), 'a:0-10 b:10-55 c:55-90 d:100-110'],
    ['moving d first keeps each duration and the gaps between positions', () => reorder(day, 'd', 0), 'd:0-10 a:10-20 b:20-55 c:65-100'],
    ['moving a last', () => reorder(day, 'a', 3), 'b:0-35 c:35-70 d:70-80 a:90-100'],
  ])('%s', (_label, run, expected) => {
    expect(spans(run())).toBe(expected);
  });

  it('refuses to catch up into the item before', () => {
    expect(code(() => shiftFrom(day, 'b', -5))).toBe('overlap');
    expect(code(() => shiftFrom(day, 'b', -40, true))).toBe('invalid_payload'); // b would end before it starts
  });

  it('refuses to reorder to a position that does not exist or an unknown item', () => {
    expect(code(() => reorder(day, 'a', 4))).toBe('invalid_payload');
    expect(code(() => reorder(day, 'zz', 0))).toBe('not_found');
  });
});

describe('what is on now', () => {
  const agenda = (mode: AgendaState['mode'], currentItemId: string | null = null): AgendaState => ({ items: day, mode, currentItemId, dayStartedAt: null, log: [] });

  it.each([
    [5, 'a'],
    [10, 'b'],
    [79, 'c'],
    [85, null],
    [-1, null],
    [100, null],
  ])('follows the clock: at minute %i the current item is %s', (minute, expected) => {
    expect(currentItem(agenda('clock'), at(minute))?.id ?? null).toBe(expected);
  });

  it('follows the facilitator in manual mode whatever the clock says', () => {
    expect(currentItem(agenda('manual', 'c'), at(5))?.id).toBe('c');
  });

  it('counts down from the actual start in manual mode, so overtime shows when the item ran long', () => {
    const started = { ...agenda('manual', 'b'), items: day.map((i) => (i.id === 'b' ? { ...i, actualStart: at(20) } : i)) };
    expect(countdownEnd(started, started.items[1]!)).toBe(at(55));
    expect(countdownEnd(agenda('clock'), day[1]!)).toBe(at(45));
  });
});

describe('countdowns', () => {
  it.each([
    [at(10), at(10) - 65_000, '1:05', false],
    [at(10), at(10) - 64_001, '1:05', false], // rounds up: 0:00 only when time is really up
    [at(10), at(10) - 3_723_000, '1:02:03', false],
    [at(10), at(10), '0:00', false],
    [at(10), at(10) + 999, '+0:00', true],
    [at(10), at(10) + 42_500, '+0:42', true],
    [at(10), at(10) + 3_600_000, '+1:00:00', true],
  ])('shows the time to %i at %i as %s', (endsAt, now, text, overtime) => {
    expect(countdown(endsAt, now)).toMatchObject({ text, overtime });
  });
});

describe('where the day is', () => {
  const agenda = (extra: Partial<AgendaState> = {}): AgendaState => ({ items: day, mode: 'clock', currentItemId: null, dayStartedAt: null, log: [], ...extra });
  const where = (a: AgendaState, now: number) => {
    const p = whereWeAre(a, now);
    return [p.stage, p.current?.id ?? null, p.next?.id ?? null, p.endsAt === null ? null : (p.endsAt - T0) / MINUTE, p.minutesLate];
  };

  it.each([
    ['before the day', agenda(), at(-30), ['before', null, 'a', null, 0]],
    ['in the first item by the clock', agenda(), at(5), ['running', 'a', 'b', 10, 0]],
    ['in a gap by the clock', agenda(), at(85), ['between', null, 'd', null, 0]],
    ['after the day', agenda(), at(120), ['after', null, null, null, 0]],
    [
      'driven by hand, started 7 minutes late',
      agenda({ mode: 'manual', currentItemId: 'b', dayStartedAt: at(0), items: day.map((i) => (i.id === 'b' ? { ...i, actualStart: at(17) } : i)) }),
      at(20),
      ['running', 'b', 'c', 52, 7],
    ],
    ['driven by hand, nothing on yet', agenda({ mode: 'manual' }), at(5), ['before', null, 'a', null, 0]],
  ])('knows where it is %s', (_label, a, now, expected) => {
    expect(where(a, now)).toEqual(expected);
  });
});
