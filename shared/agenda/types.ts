import type { ScheduleChange } from './events';

export const agendaKinds = ['welcome', 'talk', 'break', 'workshop', 'closing'] as const;
export type AgendaKind = (typeof agendaKinds)[number];

/** Times are epoch milliseconds; they are shown in Europe/Copenhagen. */
export interface AgendaItem {
  id: string;
  kind: AgendaKind;
  title: string;
  speaker: string;
  note: string;
  start: number;
  end: number;
  actualStart: number | null;
  actualEnd: number | null;
  /**
   * Driven by hand: when the item would have started had it run without a break, i.e. when it was last entered
   * less the time it had already run. Its countdown ends at this plus its length.
   */
  countdownFrom: number | null;
}

export type AgendaMode = 'clock' | 'manual';

/** One change to how the day runs, by whom and when: kept so the export can tell how the day was re-planned. */
export interface AgendaChange {
  at: number;
  /** 'facilitator' or 'system' (the clock). */
  actor: string;
  change: ScheduleChange | 'start' | 'goto' | 'mode' | 'move';
  /** The item's title at the time, so the log reads the same after the item is renamed or removed. */
  title: string;
  minutes?: number;
  mode?: AgendaMode;
  /** For an edit: the title and times before and after, so the log says what changed. */
  edited?: { before: ItemPlan; after: ItemPlan };
  /** For the whole workshop moved to another day or start time: when its first item started before and after. */
  moved?: { from: number; to: number };
}

export type ItemPlan = Pick<AgendaItem, 'title' | 'start' | 'end'>;

export interface AgendaState {
  /** Always sorted by start. */
  items: AgendaItem[];
  mode: AgendaMode;
  /** In manual mode the facilitator's choice; in clock mode derived from the time (see currentItem). */
  currentItemId: string | null;
  dayStartedAt: number | null;
  /** Oldest first; at most AGENDA_LOG_MAX entries, the latest kept. */
  log: AgendaChange[];
}

export const AGENDA_LOG_MAX = 2000;
