import { useEffect, useRef, useState } from 'react';
import type { Idea } from '../../../shared/board/types';
import { FRESH_MS } from '../../tuning';

/**
 * Ideas that arrived while this screen was watching, for a short highlight; what was there when the projector
 * opened is not new. Returns the fresh ids and the newest of them, which the pager brings into view.
 */
export function useFreshIdeas(ideas: readonly Idea[]): { fresh: ReadonlySet<string>; newest: string | null } {
  const seen = useRef<Set<string> | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const [fresh, setFresh] = useState<{ ids: ReadonlySet<string>; newest: string | null }>({ ids: new Set(), newest: null });

  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(ideas.map((i) => i.id));
      return;
    }
    const arrived = ideas.filter((i) => !seen.current!.has(i.id));
    if (arrived.length === 0) return;
    for (const idea of arrived) seen.current.add(idea.id);
    const newest = arrived.reduce((a, b) => (b.createdAt > a.createdAt ? b : a)).id;
    setFresh((f) => ({ ids: new Set([...f.ids, ...arrived.map((i) => i.id)]), newest }));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      const gone = new Set(arrived.map((i) => i.id));
      setFresh((f) => ({ ids: new Set([...f.ids].filter((id) => !gone.has(id))), newest: f.newest && gone.has(f.newest) ? null : f.newest }));
    }, FRESH_MS);
    timers.current.add(timer);
  }, [ideas]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return { fresh: fresh.ids, newest: fresh.newest };
}
