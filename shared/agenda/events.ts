import type { AgendaItem, AgendaMode } from './types';

export type ScheduleChange = 'add' | 'edit' | 'remove' | 'reorder' | 'extend' | 'shift';

export type AgendaEvent =
  /** The whole new programme after a change, and what changed: the log of how the day was re-planned. */
  | { type: 'agenda:scheduled'; items: AgendaItem[]; change: ScheduleChange; itemId: string | null; minutes?: number }
  | { type: 'agenda:dayStarted' }
  | { type: 'agenda:wentTo'; itemId: string | null }
  | { type: 'agenda:modeChanged'; mode: AgendaMode; currentItemId: string | null }
  /** Actual start and end times noted as the clock passes items (clock mode). */
  | { type: 'agenda:ran'; marks: { id: string; actualStart?: number; actualEnd?: number }[] };
