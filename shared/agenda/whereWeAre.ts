// Where the day is at a moment: what every screen's Now/Next and countdown are made of.
import { currentItem } from './current';
import { countdownEnd, MINUTE, nextItem } from './schedule';
import type { AgendaItem, AgendaState } from './types';

export interface DayPosition {
  current: AgendaItem | null;
  next: AgendaItem | null;
  /** When the current item's time is up (epoch ms); null when nothing is on. */
  endsAt: number | null;
  /**
   * When the next item is expected to start: after a break exactly when the break ends (the time the room is told
   * to be back), otherwise its planned start unless the current item runs past it. Null when nothing is next.
   */
  nextAt: number | null;
  /** Whole minutes the current item started after its planned start; 0 when on time or early. */
  minutesLate: number;
  /** Before the first item, or after the last one. */
  stage: 'before' | 'running' | 'between' | 'after';
}

export function whereWeAre(agenda: AgendaState, now: number): DayPosition {
  const current = currentItem(agenda, now);
  const next = nextItem(agenda, current, now);
  const started = current?.actualStart ?? null;
  let stage: DayPosition['stage'] = 'running';
  if (!current) {
    const anyRun = agenda.mode === 'manual' ? agenda.dayStartedAt !== null : agenda.items.some((i) => i.end <= now);
    stage = !anyRun ? 'before' : next ? 'between' : 'after';
  }
  const endsAt = current ? countdownEnd(agenda, current) : null;
  let nextAt = next?.start ?? null;
  if (next && current && endsAt !== null) nextAt = current.kind === 'break' ? endsAt : Math.max(endsAt, next.start);
  return {
    current,
    next,
    endsAt,
    nextAt,
    minutesLate: current && started !== null ? Math.max(0, Math.floor((started - current.start) / MINUTE)) : 0,
    stage,
  };
}

export interface Countdown {
  /** Whole seconds left, rounded up so "0:00" is shown only when time is really up; negative in overtime. */
  seconds: number;
  overtime: boolean;
  /** "12:05", "1:02:03", or "+0:42" in overtime. */
  text: string;
}

export function countdown(endsAt: number, now: number): Countdown {
  const left = endsAt - now;
  const overtime = left < 0;
  const seconds = overtime ? -Math.floor(-left / 1000) : Math.ceil(left / 1000);
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = String(abs % 60).padStart(2, '0');
  const clock = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  return { seconds, overtime, text: overtime ? `+${clock}` : clock };
}
