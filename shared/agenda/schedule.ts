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
  // Only the items after it move: the times the facilitator typed stand, and an overlap with the item before is refused.
  const result = shiftRest ? pushOverlapsFrom(sorted, index) : sorted;
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

/**
 * "We are N minutes late": `fromId` and everything after it move by `minutes` (negative: we caught up).
 * With `keepStart` the `fromId` item keeps its start and only ends later: followed by the clock, a running item
 * that moved its start would stop being on now.
 */
export function shiftFrom(items: readonly AgendaItem[], fromId: string, minutes: number, keepStart = false): AgendaItem[] {
  const from = findItem(items, fromId);
  const delta = minutes * MINUTE;
  const moved = items.map((i) => {
    if (i.id === fromId && keepStart) return { ...i, end: i.end + delta };
    return i.start >= from.start ? { ...i, start: i.start + delta, end: i.end + delta } : i;
  });
  if (keepStart) assertTimes(findItem(moved, fromId));
  const sorted = byStart(moved);
  assertNoOverlap(sorted);
  return sorted;
}

/**
 * When the current item's time is up: its planned end in clock mode; driven by hand, its length after it was
 * entered, less the time it already ran before (stepping away and back does not restart or lose its time).
 */
export function countdownEnd(agenda: AgendaState, item: AgendaItem): number {
  const from = item.countdownFrom ?? item.actualStart;
  if (agenda.mode === 'manual' && from !== null) return from + (item.end - item.start);
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
