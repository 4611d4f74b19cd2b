import type { Policy } from '../policies';
import type { SessionState } from '../state';
import { currentItem } from './current';
import type { AgendaItem } from './types';

type Mark = { id: string; actualStart?: number; actualEnd?: number };

/**
 * In clock mode, note when each item really started and ended as the clock passes it. Times are those at which
 * the clock passed an item, not when the server noticed: after a pause (a restart, a suspended laptop, a step of
 * the wall clock) the running item ends at its planned end, and the items the clock went past meanwhile count as
 * run over their planned times. Items before the first one that ran are left alone: the day had not reached them.
 */
const markAsRun: Policy = (state, now) => {
  const { agenda } = state;
  if (agenda.mode !== 'clock') return [];
  const current = currentItem(agenda, now);
  const marks: Mark[] = [];
  const lastStarted = agenda.items.findLastIndex((i) => i.actualStart !== null);
  let passedAt: number | null = null;
  agenda.items.forEach((item, index) => {
    if (item.id === current?.id) {
      if (item.actualStart === null) marks.push({ id: item.id, actualStart: passedAt === null ? now : Math.max(item.start, passedAt) });
      return;
    }
    if (item.end > now) return;
    if (item.actualStart !== null && item.actualEnd === null) {
      passedAt = Math.max(item.actualStart, Math.min(now, item.end));
      marks.push({ id: item.id, actualEnd: passedAt });
    } else if (item.actualStart === null && lastStarted >= 0 && index > lastStarted) {
      passedAt = item.end;
      marks.push(skipped(item));
    }
  });
  return marks.length ? [{ type: 'agenda:ran', marks }] : [];
};

const skipped = (item: AgendaItem): Mark => ({ id: item.id, actualStart: item.start, actualEnd: item.end });

export const agendaPolicies: Policy[] = [markAsRun];

/**
 * Whether the clock still has work in this session: in clock mode, an item yet to end or one started and not
 * yet marked as ended. Such a session must stay in memory so the server's tick stamps it as the time passes.
 */
export function clockIsRunning(state: SessionState, now: number): boolean {
  const { agenda } = state;
  if (agenda.mode !== 'clock') return false;
  return agenda.items.some((item) => item.end > now || (item.actualStart !== null && item.actualEnd === null));
}
