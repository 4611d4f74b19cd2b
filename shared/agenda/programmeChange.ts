// What a programme edit changed, so an event stores a few items instead of the whole programme (an edit of one
// title must not write 100 KB), and how to apply it to the programme before the edit.
import { byStart } from './schedule';
import type { AgendaItem } from './types';

type ItemTimes = Pick<AgendaItem, 'id' | 'start' | 'end'>;

export interface ProgrammeChange {
  /** Items added or changed, whole. */
  changed: AgendaItem[];
  /** Items that only moved in time (a shift or an extension moves the rest of the day): their new times. */
  moved?: ItemTimes[];
  removed: string[];
  /** The ids in their new order, only when sorting by start would not give it (items that share a start). */
  order?: string[];
}

const sameItem = (a: AgendaItem, b: AgendaItem): boolean =>
  (Object.keys(a) as (keyof AgendaItem)[]).every((key) => a[key] === b[key]) && Object.keys(a).length === Object.keys(b).length;
const onlyMoved = (a: AgendaItem, b: AgendaItem): boolean => sameItem({ ...a, start: b.start, end: b.end }, b);

export function applyProgrammeChange(items: readonly AgendaItem[], change: ProgrammeChange): AgendaItem[] {
  const changed = new Map(change.changed.map((item) => [item.id, item]));
  const moved = new Map((change.moved ?? []).map((times) => [times.id, times]));
  const removed = new Set(change.removed);
  const updated = (item: AgendaItem): AgendaItem => {
    const times = moved.get(item.id);
    return changed.get(item.id) ?? (times ? { ...item, start: times.start, end: times.end } : item);
  };
  const kept = items.filter((item) => !removed.has(item.id)).map(updated);
  const known = new Set(items.map((item) => item.id));
  const next = [...kept, ...change.changed.filter((item) => !known.has(item.id))];
  if (!change.order) return byStart(next);
  const position = new Map(change.order.map((id, index) => [id, index]));
  return next.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** The change that turns `before` into `after`; applyProgrammeChange(before, it) equals `after`. */
export function programmeChange(before: readonly AgendaItem[], after: readonly AgendaItem[]): ProgrammeChange {
  const was = new Map(before.map((item) => [item.id, item]));
  const stays = new Set(after.map((item) => item.id));
  const changed: AgendaItem[] = [];
  const moved: ItemTimes[] = [];
  for (const item of after) {
    const old = was.get(item.id);
    if (old && sameItem(old, item)) continue;
    if (old && onlyMoved(old, item)) moved.push({ id: item.id, start: item.start, end: item.end });
    else changed.push(item);
  }
  const change: ProgrammeChange = {
    changed,
    ...(moved.length ? { moved } : {}),
    removed: before.filter((item) => !stays.has(item.id)).map((item) => item.id),
  };
  const sorted = applyProgrammeChange(before, change);
  const inOrder = sorted.length === after.length && sorted.every((item, index) => item.id === after[index]!.id);
  return inOrder ? change : { ...change, order: after.map((item) => item.id) };
}
