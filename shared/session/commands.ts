import { z } from 'zod';
import { byStart } from '../agenda/schedule';
import type { AgendaItem } from '../agenda/types';
import { defineCommand, requireFacilitator, requireParticipant } from '../command';
import { fail } from '../errors';
import { ownValue } from '../records';
import { clockTimeSchema, displayNameSchema, titleSchema, workshopDateSchema } from '../schemas';
import { zonedHhmm, zonedTimeToEpoch } from '../time';

const rescheduleSchema = z
  .strictObject({ date: workshopDateSchema.optional(), start: clockTimeSchema.optional() })
  .refine((p) => p.date !== undefined || p.start !== undefined, 'give a date, a start time or both');

/** The programme placed on `date` at the same wall-clock times (right across a DST change), then moved to start at `start`. */
export function moveProgramme(items: readonly AgendaItem[], date: string, start: string | undefined): AgendaItem[] {
  const onDay = items.map((item) => {
    const from = zonedTimeToEpoch(date, zonedHhmm(item.start));
    return { ...item, start: from, end: from + (item.end - item.start) };
  });
  const first = byStart(onDay)[0];
  if (!first || start === undefined) return byStart(onDay);
  const delta = zonedTimeToEpoch(date, start) - first.start;
  return byStart(onDay.map((item) => ({ ...item, start: item.start + delta, end: item.end + delta })));
}

export const sessionCommands = {
  'participant:rename': defineCommand(z.strictObject({ name: displayNameSchema }), ({ state, actor }, { name }) => {
    const participantId = requireParticipant(actor);
    if (ownValue(state.participants, participantId)?.name === name) return [];
    return [{ type: 'participant:renamed', participantId, name }];
  }),
  /** "Glem mig": once stored, the id and name are also erased from the stored log and their sockets closed. */
  'participant:forget': defineCommand(
    z.strictObject({}),
    ({ state, actor }) => {
      const participantId = requireParticipant(actor);
      if (!ownValue(state.participants, participantId)) return [];
      return [{ type: 'participant:forgotten', participantId }];
    },
    (stored) => stored.flatMap((event) => (event.type === 'participant:forgotten' ? [{ kind: 'eraseParticipant' as const, participantId: event.participantId }] : [])),
  ),

  'session:rename': defineCommand(z.strictObject({ title: titleSchema }), ({ state, actor }, { title }) => {
    requireFacilitator(actor);
    return state.title === title ? [] : [{ type: 'session:renamed', title }];
  }),

  /** Another day or start time for the whole workshop; the programme keeps its shape and moves with it. */
  'session:reschedule': defineCommand(rescheduleSchema, ({ state, actor }, { date, start }) => {
    requireFacilitator(actor);
    // Once the day runs, its actual times are history: moving the plan under them would make the export lie.
    if (state.agenda.dayStartedAt !== null) fail('wrong_phase', 'The day has started; move single items instead');
    const day = date ?? state.date;
    return [{ type: 'session:rescheduled', date: day, items: moveProgramme(state.agenda.items, day, start) }];
  }),
};
