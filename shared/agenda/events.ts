import type { ProgrammeChange } from './programmeChange';
import type { AgendaItem, AgendaMode } from './types';

export type ScheduleChange = 'add' | 'edit' | 'remove' | 'reorder' | 'extend' | 'shift';

/**
 * A re-planned programme: the items it changed (stored since the first release carried the whole programme as
 * `items`; such events stay in old databases and are still read), and what the facilitator did, for the log.
 */
type Scheduled = { type: 'agenda:scheduled'; change: ScheduleChange; itemId: string | null; minutes?: number } & (
  | ProgrammeChange
  | { items: AgendaItem[] }
);

export type AgendaEvent =
  | Scheduled
  | { type: 'agenda:dayStarted' }
  | { type: 'agenda:wentTo'; itemId: string | null }
  | { type: 'agenda:modeChanged'; mode: AgendaMode; currentItemId: string | null }
  /** Actual start and end times noted as the clock passes items (clock mode). */
  | { type: 'agenda:ran'; marks: { id: string; actualStart?: number; actualEnd?: number }[] };
