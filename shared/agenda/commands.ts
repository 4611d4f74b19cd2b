import { z } from 'zod';
import { type CommandContext, defineCommand, requireFacilitator } from '../command';
import { fail } from '../errors';
import { boardLimits, limits } from '../limits';
import { clockTimeSchema, idSchema } from '../schemas';
import { typedText } from '../text';
import { zonedTimeToEpoch } from '../time';
import { currentItem } from './current';
import type { AgendaEvent, ScheduleChange } from './events';
import { programmeChange } from './programmeChange';
import * as schedule from './schedule';
import { agendaKinds, type AgendaItem } from './types';

const itemFields = {
  kind: z.enum(agendaKinds),
  title: typedText({ min: 1, max: limits.agendaTitle }),
  speaker: typedText({ max: limits.agendaSpeaker }).optional(),
  note: typedText({ max: limits.agendaNote, lines: true }).optional(),
  start: clockTimeSchema,
  end: clockTimeSchema,
};
const itemSchema = z.strictObject(itemFields);
const minutesSchema = (min: number, max: number) => z.number().int().min(min).max(max);

/** A facilitator-only command whose result is a new programme; the event carries only what changed. */
function rescheduling(ctx: CommandContext, change: ScheduleChange, itemId: string | null, items: AgendaItem[], minutes?: number): AgendaEvent[] {
  requireFacilitator(ctx.actor);
  const changed = programmeChange(ctx.state.agenda.items, items);
  return [{ type: 'agenda:scheduled', ...changed, change, itemId, ...(minutes === undefined ? {} : { minutes }) }];
}

function current(ctx: CommandContext): AgendaItem {
  return currentItem(ctx.state.agenda, ctx.now) ?? fail('wrong_phase', 'No programme item is running');
}

/** Going to an item by hand also starts the day and leaves clock mode. */
const goTo = (ctx: CommandContext, itemId: string | null): AgendaEvent[] => {
  requireFacilitator(ctx.actor);
  const { agenda } = ctx.state;
  const events: AgendaEvent[] = [];
  if (agenda.dayStartedAt === null) events.push({ type: 'agenda:dayStarted' });
  let onNow = agenda.currentItemId;
  if (agenda.mode === 'clock') {
    onNow = currentItem(agenda, ctx.now)?.id ?? null;
    events.push({ type: 'agenda:modeChanged', mode: 'manual', currentItemId: onNow });
  }
  if (onNow !== itemId) events.push({ type: 'agenda:wentTo', itemId });
  return events;
};

const step = (ctx: CommandContext, by: 1 | -1): AgendaEvent[] => {
  requireFacilitator(ctx.actor);
  const { agenda } = ctx.state;
  const items = agenda.items;
  const now = currentItem(agenda, ctx.now);
  // With nothing on (a gap, or the current item was removed), next is the item still to come and previous the one before it.
  const upcoming = now ? null : schedule.nextItem(agenda, null, ctx.now);
  const base = now ? items.findIndex((i) => i.id === now.id) : upcoming ? items.indexOf(upcoming) - (by === 1 ? 1 : 0) : items.length;
  const target = items[base + by] ?? fail('wrong_phase', by === 1 ? 'This is the last item' : 'This is the first item');
  return goTo(ctx, target.id);
};

export const agendaCommands = {
  // The id is made by the client, as for ideas: a retried add (a lost ack, a reconnect) is one item.
  'agenda:add': defineCommand(z.strictObject({ id: idSchema, item: itemSchema, shiftRest: z.boolean().optional() }), (ctx, { id, item, shiftRest }) => {
    requireFacilitator(ctx.actor);
    if (ctx.state.agenda.items.some((existing) => existing.id === id)) return [];
    if (ctx.state.agenda.items.length >= boardLimits.agendaItems) fail('too_large', `At most ${boardLimits.agendaItems} programme items`);
    const placed: AgendaItem = {
      id,
      kind: item.kind,
      title: item.title,
      speaker: item.speaker ?? '',
      note: item.note ?? '',
      start: zonedTimeToEpoch(ctx.state.date, item.start),
      end: zonedTimeToEpoch(ctx.state.date, item.end),
      actualStart: null,
      actualEnd: null,
      countdownFrom: null,
    };
    return rescheduling(ctx, 'add', placed.id, schedule.place(ctx.state.agenda.items, placed, shiftRest ?? false));
  }),

  'agenda:edit': defineCommand(
    z.strictObject({ id: idSchema, changes: z.strictObject(itemFields).partial(), shiftRest: z.boolean().optional() }),
    (ctx, { id, changes, shiftRest }) => {
      requireFacilitator(ctx.actor);
      const item = schedule.findItem(ctx.state.agenda.items, id);
      const { start, end, ...text } = changes;
      const edited: AgendaItem = {
        ...item,
        ...Object.fromEntries(Object.entries(text).filter(([, v]) => v !== undefined)),
        ...(start ? { start: zonedTimeToEpoch(ctx.state.date, start) } : {}),
        ...(end ? { end: zonedTimeToEpoch(ctx.state.date, end) } : {}),
      };
      return rescheduling(ctx, 'edit', id, schedule.place(ctx.state.agenda.items, edited, shiftRest ?? false));
    },
  ),

  'agenda:remove': defineCommand(z.strictObject({ id: idSchema }), (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    const events = rescheduling(ctx, 'remove', id, schedule.remove(ctx.state.agenda.items, id));
    return ctx.state.agenda.currentItemId === id ? [{ type: 'agenda:wentTo', itemId: null }, ...events] : events;
  }),

  'agenda:reorder': defineCommand(z.strictObject({ id: idSchema, toIndex: z.number().int().min(0).max(boardLimits.agendaItems - 1) }), (ctx, { id, toIndex }) => {
    requireFacilitator(ctx.actor);
    return rescheduling(ctx, 'reorder', id, schedule.reorder(ctx.state.agenda.items, id, toIndex));
  }),

  'agenda:extend': defineCommand(z.strictObject({ minutes: minutesSchema(1, 240) }), (ctx, { minutes }) => {
    requireFacilitator(ctx.actor);
    const item = current(ctx);
    return rescheduling(ctx, 'extend', item.id, schedule.extend(ctx.state.agenda.items, item.id, minutes), minutes);
  }),

  'agenda:shift': defineCommand(z.strictObject({ minutes: minutesSchema(-240, 240).refine((m) => m !== 0, 'must not be 0') }), (ctx, { minutes }) => {
    requireFacilitator(ctx.actor);
    const { agenda } = ctx.state;
    const running = currentItem(agenda, ctx.now);
    const from = running ?? schedule.nextItem(agenda, null, ctx.now) ?? fail('wrong_phase', 'No item is left to move');
    const keepStart = agenda.mode === 'clock' && running !== null;
    return rescheduling(ctx, 'shift', from.id, schedule.shiftFrom(agenda.items, from.id, minutes, keepStart), minutes);
  }),

  'agenda:start': defineCommand(z.strictObject({}), (ctx) => {
    requireFacilitator(ctx.actor);
    const { agenda } = ctx.state;
    const first = agenda.items[0] ?? fail('wrong_phase', 'The programme is empty');
    // Whatever is on now stays on: the clock's item, the facilitator's, or else the first.
    return goTo(ctx, currentItem(agenda, ctx.now)?.id ?? agenda.currentItemId ?? first.id);
  }),

  'agenda:goto': defineCommand(z.strictObject({ id: idSchema.nullable() }), (ctx, { id }) => {
    requireFacilitator(ctx.actor);
    if (id !== null) schedule.findItem(ctx.state.agenda.items, id);
    return goTo(ctx, id);
  }),

  'agenda:next': defineCommand(z.strictObject({}), (ctx) => step(ctx, 1)),
  'agenda:previous': defineCommand(z.strictObject({}), (ctx) => step(ctx, -1)),

  'agenda:mode': defineCommand(z.strictObject({ mode: z.enum(['clock', 'manual']) }), (ctx, { mode }) => {
    requireFacilitator(ctx.actor);
    if (ctx.state.agenda.mode === mode) return [];
    // Switching to manual keeps whatever the clock says is on now, so nothing jumps.
    const currentItemId = mode === 'manual' ? (currentItem(ctx.state.agenda, ctx.now)?.id ?? null) : ctx.state.agenda.currentItemId;
    return [{ type: 'agenda:modeChanged', mode, currentItemId }];
  }),
};
