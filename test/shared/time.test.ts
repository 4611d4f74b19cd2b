// shared/time.ts does Copenhagen's wall clock by the EU's summer-time rule, without Intl (which costs the phone its
// first screen's ICU start-up). This checks it against Intl's tz database wherever the two could part.
import { describe, expect, it } from 'vitest';
import { TIME_ZONE, zonedClock, zonedDate, zonedHhmm, zonedTimeToEpoch, zonedWallClockAsUtc } from '../../shared/time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST_YEAR = 1996;
const LAST_YEAR = 2100;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});
const parts = (epoch: number) => Object.fromEntries(formatter.formatToParts(epoch).filter((p) => p.type !== 'literal').map((p) => [p.type, p.value]));
const intlDate = (epoch: number) => { const p = parts(epoch); return `${p.year}-${p.month}-${p.day}`; };
const intlClock = (epoch: number) => { const p = parts(epoch); return `${p.hour}.${p.minute}`; };
const intlOffset = (epoch: number) => {
  const p = parts(epoch);
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - Math.floor(epoch / 1000) * 1000;
};
/** The Intl-based conversion this module used before: the reference for times in a change's gap or overlap. */
const intlTimeToEpoch = (date: string, hhmm: string) => {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = hhmm.split(':').map(Number);
  const naive = Date.UTC(y!, m! - 1, d!, h!, min!);
  return naive - intlOffset(naive - intlOffset(naive));
};

/** Every instant where Copenhagen's offset changes, found with Intl alone (a day-by-day walk, then bisection). */
function intlChanges(): number[] {
  const changes: number[] = [];
  let at = Date.UTC(FIRST_YEAR, 0, 1);
  const end = Date.UTC(LAST_YEAR + 1, 0, 1);
  while (at < end) {
    const step = DAY;
    if (intlOffset(at) !== intlOffset(at + step)) {
      let [low, high] = [at, at + step];
      while (high - low > MINUTE) {
        const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (intlOffset(mid) === intlOffset(low)) low = mid;
        else high = mid;
      }
      changes.push(high);
    }
    at += step;
  }
  return changes;
}

describe('Copenhagen wall clock without Intl', () => {
  const changes = intlChanges();

  it('finds the two summer-time changes of every year in Intl', () => {
    expect(changes).toHaveLength(2 * (LAST_YEAR - FIRST_YEAR + 1));
  });

  it('reads the same date, time and offset as Intl every quarter hour around every change', () => {
    for (const change of changes) {
      for (let at = change - 3 * 60 * MINUTE; at <= change + 3 * 60 * MINUTE; at += 15 * MINUTE) {
        for (const epoch of [at, at - 1, at + 59_999]) {
          expect([zonedDate(epoch), zonedClock(epoch), zonedWallClockAsUtc(epoch)]).toEqual([
            intlDate(epoch),
            intlClock(epoch),
            Math.floor(epoch / 1000) * 1000 + intlOffset(epoch),
          ]);
        }
      }
    }
  });

  it('reads the same date and time as Intl on every day, at midnight and at noon', () => {
    const differing: string[] = [];
    for (let day = Date.UTC(FIRST_YEAR, 0, 1); day < Date.UTC(LAST_YEAR + 1, 0, 1); day += DAY) {
      for (const epoch of [day - 60 * MINUTE, day + 11 * 60 * MINUTE + 30_000]) {
        const ours = `${zonedDate(epoch)} ${zonedClock(epoch)}`;
        if (ours !== `${intlDate(epoch)} ${intlClock(epoch)}`) differing.push(ours);
      }
    }
    expect(differing).toEqual([]);
  });

  it('turns a Copenhagen date and time into the same instant as before, also inside a change gap or overlap', () => {
    for (const change of changes) {
      const date = intlDate(change);
      for (let minutes = 0; minutes < 6 * 60; minutes += 15) {
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(zonedTimeToEpoch(date, hhmm)).toBe(intlTimeToEpoch(date, hhmm));
      }
    }
    expect(zonedTimeToEpoch('2026-11-25', '13.45')).toBe(Date.parse('2026-11-25T12:45:00Z'));
    expect(zonedTimeToEpoch('2026-06-25', '13:45')).toBe(Date.parse('2026-06-25T11:45:00Z'));
    expect(zonedHhmm(Date.parse('2026-06-25T11:45:00Z'))).toBe('13:45');
  });
});
