import type { Policy } from '../policies';
import type { SessionState } from '../state';
import { currentItem } from './current';

/** In clock mode, note when each item really started and ended as the clock passes it. */
const markAsRun: Policy = (state, now) => {
  const { agenda } = state;
  if (agenda.mode !== 'clock') return [];
  const current = currentItem(agenda, now);
  const marks: { id: string; actualStart?: number; actualEnd?: number }[] = [];
  for (const item of agenda.items) {
    if (item.id === current?.id && item.actualStart === null) marks.push({ id: item.id, actualStart: now });
    else if (item.id !== current?.id && item.actualStart !== null && item.actualEnd === null && item.end <= now)
      marks.push({ id: item.id, actualEnd: now });
  }
  return marks.length ? [{ type: 'agenda:ran', marks }] : [];
};

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
