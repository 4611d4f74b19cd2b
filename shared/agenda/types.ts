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
}

export type AgendaMode = 'clock' | 'manual';

export interface AgendaState {
  /** Always sorted by start. */
  items: AgendaItem[];
  mode: AgendaMode;
  /** In manual mode the facilitator's choice; in clock mode derived from the time (see currentItem). */
  currentItemId: string | null;
  dayStartedAt: number | null;
}
