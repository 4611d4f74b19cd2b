import { useState } from 'react';
import type { ListedSession } from '../../../shared/http/admin';
import { textKey } from '../../../shared/words/textKey';

/**
 * The workshops chosen for a combined view, and a filter on the list: a series is found by what its workshops'
 * titles share ("Partnerskaber 2026"), then chosen all at once.
 */
export function useSeriesPicking(sessions: readonly ListedSession[] | null) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const key = textKey(filter);
  const shown = (sessions ?? []).filter((s) => !key || textKey(s.title).includes(key));
  const pick = (id: string, isPicked: boolean) =>
    setPicked((before) => {
      const next = new Set(before);
      if (isPicked) next.add(id);
      else next.delete(id);
      return next;
    });
  // Oldest first: a series reads as it happened. Damaged workshops cannot be combined.
  const chosen = (sessions ?? [])
    .filter((s) => picked.has(s.id) && !s.damaged)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
    .map((s) => s.id);
  const chooseShown = () => setPicked(new Set(shown.filter((s) => !s.damaged).map((s) => s.id)));
  return { picked, pick, filter, setFilter, shown, chosen, chooseShown };
}
