// Clock mode notes when items ran as the clock passes them; a jump of the clock must not invent or lose those times.
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../shared/agenda/schedule';
import type { AgendaItem } from '../../shared/agenda/types';
import { followUps } from '../../shared/policies';
import { blankSession } from '../../shared/session/evolve';
import type { SessionState } from '../../shared/state';

const T0 = Date.parse('2026-11-25T09:00:00Z'); // 10.00 in Copenhagen
const at = (minutes: number) => T0 + minutes * MINUTE;
const item = (id: string, from: number, to: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id, kind: 'talk', title: id, speaker: '', note: '', start: at(from), end: at(to), actualStart: null, actualEnd: null, countdownFrom: null, ...extra,
});
const clockDay = (items: AgendaItem[]): SessionState => {
  const blank = blankSession('s');
  return { ...blank, agenda: { ...blank.agenda, mode: 'clock', items, dayStartedAt: at(0) } };
};
const marksAt = (state: SessionState, now: number) => {
  const ran = followUps(state, now).find((e) => e.type === 'agenda:ran');
  const minutes = (t: number | undefined) => (t === undefined ? undefined : (t - T0) / MINUTE);
  return ran?.type === 'agenda:ran' ? ran.marks.map((m) => ({ id: m.id, start: minutes(m.actualStart), end: minutes(m.actualEnd) })) : [];
};

describe('clock-mode marks', () => {
  it('ends the running item and starts the next as the clock passes, at the planned change-over', () => {
    const state = clockDay([item('a', 0, 10, { actualStart: at(0) }), item('b', 10, 45)]);
    expect(marksAt(state, at(10) + 700)).toEqual([
      { id: 'a', start: undefined, end: 10 },
      { id: 'b', start: 10, end: undefined },
    ]);
  });

  it('after the clock jumps two hours ahead, closes each passed item when it was passed and marks the skipped ones as run', () => {
    const state = clockDay([item('a', 0, 10, { actualStart: at(0) }), item('b', 10, 45), item('c', 45, 80), item('d', 90, 200), item('e', 200, 210)]);
    const marks = marksAt(state, at(5) + 2 * 60 * MINUTE);
    expect(marks).toEqual([
      { id: 'a', start: undefined, end: 10 },
      { id: 'b', start: 10, end: 45 },
      { id: 'c', start: 45, end: 80 },
      { id: 'd', start: 90, end: undefined },
    ]);
    // Nothing is stamped later than the moment of the tick.
    expect(marks.every((m) => (m.end ?? 0) <= 125)).toBe(true);
  });

  it('leaves the items before the first one that ran alone: the day had not reached them', () => {
    const state = clockDay([item('a', 0, 10), item('b', 10, 45, { actualStart: at(20) }), item('c', 45, 80)]);
    expect(marksAt(state, at(50))).toEqual([
      { id: 'b', start: undefined, end: 45 },
      { id: 'c', start: 45, end: undefined },
    ]);
  });

  it('never ends an item before it started (entered late by hand, then clock mode)', () => {
    const state = clockDay([item('a', 0, 10, { actualStart: at(30) }), item('b', 40, 50)]);
    expect(marksAt(state, at(35))).toEqual([{ id: 'a', start: undefined, end: 30 }]);
  });
});
