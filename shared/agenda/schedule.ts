// The scheduling maths of a programme: pure functions over a list of items sorted by start.
import { fail } from '../errors';
import type { AgendaItem, AgendaState } from './types';

export const MINUTE = 60_000;

export const byStart = (items: readonly AgendaItem[]): AgendaItem[] =>
  [...items].sort((a, b) => a.start - b.start || a.end - b.end);

export function findItem(items: readonly AgendaItem[], id: string): AgendaItem {
  return items.find((i) => i.id === id) ?? fail('not_found', 'No such programme item');
}

/** Pushes every item after `fromIndex` later until none overlaps the one before it; durations stay. */
function pushOverlapsFrom(items: AgendaItem[], fromIndex: number): AgendaItem[] {
  const out = items.slice();
  for (let i = Math.max(1, fromIndex + 1); i < out.length; i++) {
    const prev = out[i - 1]!;
    const item = out[i]!;
    if (item.start < prev.end) out[i] = { ...item, start: prev.end, end: prev.end + (item.end - item.start) };
  }
  return out;
}

function assertNoOverlap(items: readonly AgendaItem[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.start < items[i - 1]!.end) {
      fail('overlap', `"${items[i]!.title}" overlaps "${items[i - 1]!.title}"; shift the rest or change the times`);
    }
  }
}

function assertTimes(item: AgendaItem): void {
  if (item.end <= item.start) fail('invalid_payload', 'An item must end after it starts');
  if (item.end - item.start > 12 * 60 * MINUTE) fail('invalid_payload', 'An item can last at most 12 hours');
}

/** Places `item` (new or changed) in the programme; overlaps are refused unless `shiftRest` pushes the rest later. */
export function place(items: readonly AgendaItem[], item: AgendaItem, shiftRest: boolean): AgendaItem[] {
  assertTimes(item);
  const sorted = byStart([...items.filter((i) => i.id !== item.id), item]);
  const index = sorted.findIndex((i) => i.id === item.id);
  // Shifting starts at the item before, so a new item that overlaps its predecessor moves after it.
  const result = shiftRest ? pushOverlapsFrom(sorted, index - 1) : sorted;
  assertNoOverlap(result);
  return result;
}

export function remove(items: readonly AgendaItem[], id: string): AgendaItem[] {
  findItem(items, id);
  return items.filter((i) => i.id !== id);
}

/**
 * Moves an item to another position. The slots stay where they were in time (the first start and the gaps
 * between items are kept); each item keeps its own duration.
 */
export function reorder(items: readonly AgendaItem[], id: string, toIndex: number): AgendaItem[] {
  const sorted = byStart(items);
  const from = sorted.findIndex((i) => i.id === id);
  if (from < 0) fail('not_found', 'No such programme item');
  if (toIndex < 0 || toIndex >= sorted.length) fail('invalid_payload', 'No such position');
  const gaps = sorted.slice(1).map((item, i) => item.start - sorted[i]!.end);
  const order = sorted.slice();
  const [moved] = order.splice(from, 1);
  order.splice(toIndex, 0, moved!);
  let cursor = sorted[0]!.start;
  return order.map((item, i) => {
    const start = i === 0 ? cursor : cursor + Math.max(0, gaps[i - 1] ?? 0);
    cursor = start + (item.end - item.start);
    return { ...item, start, end: cursor };
  });
}

/** Makes `id` longer by `minutes` and moves everything after it by as much. */
export function extend(items: readonly AgendaItem[], id: string, minutes: number): AgendaItem[] {
  const target = findItem(items, id);
  const delta = minutes * MINUTE;
  return items.map((i) => {
    if (i.id === id) return { ...i, end: i.end + delta };
    return i.start >= target.end ? { ...i, start: i.start + delta, end: i.end + delta } : i;
  });
}

/** "We are N minutes late": `fromId` and everything after it move by `minutes` (negative: we caught up). */
export function shiftFrom(items: readonly AgendaItem[], fromId: string | null, minutes: number): AgendaItem[] {
  const from = fromId ? findItem(items, fromId).start : -Infinity;
  const delta = minutes * MINUTE;
  return items.map((i) => (i.start >= from ? { ...i, start: i.start + delta, end: i.end + delta } : i));
}

/** When the current item's time is up: its planned end in clock mode, its actual start plus its length when driven by hand. */
export function countdownEnd(agenda: AgendaState, item: AgendaItem): number {
  if (agenda.mode === 'manual' && item.actualStart !== null) return item.actualStart + (item.end - item.start);
  return item.end;
}

export function nextItem(agenda: AgendaState, current: AgendaItem | null, now: number): AgendaItem | null {
  if (current) {
    const index = agenda.items.findIndex((i) => i.id === current.id);
    return agenda.items[index + 1] ?? null;
  }
  // With nothing on: by hand, the first item that has not run yet; by the clock, the first still to start.
  if (agenda.mode === 'manual') return agenda.items.find((i) => i.actualStart === null) ?? null;
  return agenda.items.find((i) => i.start > now) ?? null;
}
