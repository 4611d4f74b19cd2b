// Wall-clock maths in the workshop's time zone by the EU's summer-time rule (Denmark's since 1996), without Intl:
// a browser's first Intl.DateTimeFormat starts ICU's locale and zone data, ~40 ms of a fast machine's main thread
// (4× that on Lighthouse's phone), which the phone paid while loading its first screen.
// test/shared/time.test.ts checks every summer-time change and every day 1996–2100 against Intl.
export const TIME_ZONE = 'Europe/Copenhagen';

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based): when summer time begins (March) and ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Copenhagen minus UTC at `epoch`, in ms: two hours in summer time, one otherwise. */
function zoneOffset(epoch: number): number {
  const year = new Date(epoch).getUTCFullYear();
  return epoch >= lastSundayOneUtc(year, 2) && epoch < lastSundayOneUtc(year, 9) ? 2 * HOUR : HOUR;
}

/** A Date whose UTC fields read the Copenhagen wall clock at `epoch`. */
const wallClock = (epoch: number) => new Date(epoch + zoneOffset(epoch));
const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-25' + '13:45' in Copenhagen -> epoch ms. */
export function zonedTimeToEpoch(date: string, hhmm: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = hhmm.split(/[:.]/).map(Number);
  const naive = Date.UTC(y!, m! - 1, d!, h!, min!);
  const first = naive - zoneOffset(naive);
  return naive - zoneOffset(first);
}

/**
 * Epoch ms -> the epoch whose UTC fields read the Copenhagen wall clock. Spreadsheets store a date and time with no
 * zone, and exceljs writes a Date by its UTC fields: this makes the cell show the time the room saw.
 */
export function zonedWallClockAsUtc(epoch: number): number {
  return Math.floor(epoch / 1000) * 1000 + zoneOffset(epoch);
}

/** Epoch ms -> 'YYYY-MM-DD' in Copenhagen. */
export function zonedDate(epoch: number): string {
  const d = wallClock(epoch);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** Epoch ms -> 'HH.MM' in Copenhagen, the Danish way of writing a time. */
export function zonedClock(epoch: number): string {
  const d = wallClock(epoch);
  return `${two(d.getUTCHours())}.${two(d.getUTCMinutes())}`;
}

/** Epoch ms -> 'HH:MM' in Copenhagen, for <input type="time">. */
export function zonedHhmm(epoch: number): string {
  return zonedClock(epoch).replace('.', ':');
}
