import { describe, expect, it } from 'vitest';
import { countdownEnd } from '../../shared/agenda/schedule';
import { currentItem } from '../../shared/agenda/current';
import type { SessionState } from '../../shared/state';
import { apply, decide, facilitator, NOW, sessionWith } from '../kit/domain';

const MIN = 60_000;
const titleOn = (state: SessionState, now = NOW) => currentItem(state.agenda, now)?.title ?? null;
const inClockMode = () => apply(sessionWith(), facilitator, 'agenda:mode', { mode: 'clock' });

// NOW is 13.50 in Copenhagen: the workshop (13.45–14.45) is on by the clock.
describe('running the day by hand', () => {
  it('goes from a gap to the item still to come with next, and to the one before it with previous', () => {
    const gap = inClockMode();
    const lunchGap = NOW - 75 * MIN; // 12.35: lunch by the clock; remove lunch to make it a gap
    const lunch = gap.agenda.items.find((i) => i.title === 'Frokost')!;
    const withGap = apply(gap, facilitator, 'agenda:remove', { id: lunch.id }, lunchGap);
    expect(titleOn(withGap, lunchGap)).toBe(null);
    expect(titleOn(apply(withGap, facilitator, 'agenda:next', {}, lunchGap), lunchGap)).toBe('Biblioteker og partnerskaber – sammen står vi stærkt');
    expect(titleOn(apply(withGap, facilitator, 'agenda:previous', {}, lunchGap), lunchGap)).toBe('Innovation via samarbejde og partnerskaber');
  });

  it('keeps the item the clock has on when the facilitator starts the day in clock mode', () => {
    const started = apply(inClockMode(), facilitator, 'agenda:start', {});
    expect(started.agenda.mode).toBe('manual');
    expect(titleOn(started)).toBe('Hvordan kommer vi selv out of the box?');
  });

  it('resumes an item stepped away from by mistake with the time it had left', () => {
    let state = apply(sessionWith(), facilitator, 'agenda:start', {}, NOW); // the welcome, 10 minutes
    state = apply(state, facilitator, 'agenda:next', {}, NOW + 1 * MIN);
    state = apply(state, facilitator, 'agenda:previous', {}, NOW + 1 * MIN + 10_000);
    const welcome = state.agenda.items[0]!;
    expect(countdownEnd(state.agenda, welcome)).toBe(NOW + 10 * MIN + 10_000);
    state = apply(state, facilitator, 'agenda:next', {}, NOW + 12 * MIN);
    const talk = state.agenda.items[1]!; // 35 minutes, of which 10 s already ran
    expect(countdownEnd(state.agenda, talk)).toBe(NOW + 12 * MIN + 35 * MIN - 10_000);
    expect(talk.actualStart).toBe(NOW + 1 * MIN);
  });

  it('refuses to shift when no item is left, and keeps the running item on by the clock', () => {
    const evening = NOW + 4 * 60 * MIN; // 17.50, after the closing
    expect(decide(inClockMode(), facilitator, 'agenda:shift', { minutes: 10 }, evening)).toEqual({ error: 'wrong_phase' });
    const late = apply(inClockMode(), facilitator, 'agenda:shift', { minutes: 10 });
    expect(titleOn(late)).toBe('Hvordan kommer vi selv out of the box?');
    expect(titleOn(late, NOW + 60 * MIN)).toBe('Hvordan kommer vi selv out of the box?'); // 14.50: ten minutes over its plan
  });
});
