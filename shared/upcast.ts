// Events are stored as they were written and never rewritten by an upgrade. When an event's shape changes, its
// new shape carries `v` (absent means 1) and the steps from each older shape up to it are listed here: every
// event read from the log passes through `upcast` (server/store/rows.ts), so the reducer and the projections only
// ever see current shapes. Add a step, never edit one that has shipped.
import { fail } from './errors';

/** A stored event as read: its type and, once its shape has changed, the version of that shape. */
export interface StoredEvent {
  type: string;
  v?: number;
  [field: string]: unknown;
}

/** Turns one shape of an event into the next one. */
export type Upcaster = (older: StoredEvent) => StoredEvent;

/** Per event type, the steps up from version 1: step i turns version i + 1 into version i + 2. */
export type Upcasters = Readonly<Record<string, readonly Upcaster[]>>;

/** No event has changed its shape yet: every stored event is read as written. */
export const upcasters: Upcasters = {};

/** The version of `type`'s shape this release writes and reads. */
export function currentEventVersion(type: string, table: Upcasters = upcasters): number {
  return (Object.hasOwn(table, type) ? table[type]!.length : 0) + 1;
}

/**
 * The event in its current shape. An event of a version this release does not know was written by a newer one:
 * its session cannot be read here (`damaged`), rather than folded as something it is not.
 */
export function upcast(event: StoredEvent, table: Upcasters = upcasters): StoredEvent {
  const steps = Object.hasOwn(table, event.type) ? table[event.type]! : [];
  const written = event.v ?? 1;
  if (!Number.isInteger(written) || written < 1 || written > steps.length + 1) {
    fail('damaged', `An event "${event.type}" of shape version ${String(event.v)} was written by another release than this one`);
  }
  let current = event;
  for (let version = written; version <= steps.length; version++) current = { ...steps[version - 1]!(current), v: version + 1 };
  return current;
}
