import type { Policy } from '../policies';
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
