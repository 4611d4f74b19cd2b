// Wall-clock maths in the workshop's time zone, done with Intl so it is right across DST changes.
export const TIME_ZONE = 'Europe/Copenhagen';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function zonedParts(epoch: number): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(epoch)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts;
}

function zoneOffset(epoch: number): number {
  const p = zonedParts(epoch);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(epoch / 1000) * 1000;
}

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
  const p = zonedParts(epoch);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Epoch ms -> 'HH.MM' in Copenhagen, the Danish way of writing a time. */
export function zonedClock(epoch: number): string {
  const p = zonedParts(epoch);
  return `${String(p.hour).padStart(2, '0')}.${String(p.minute).padStart(2, '0')}`;
}

/** Epoch ms -> 'HH:MM' in Copenhagen, for <input type="time">. */
export function zonedHhmm(epoch: number): string {
  return zonedClock(epoch).replace('.', ':');
}
