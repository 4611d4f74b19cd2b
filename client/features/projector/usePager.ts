import { useEffect, useState } from 'react';
import { PAGE_MS } from '../../tuning';


/**
 * Which page the projector shows. It turns by itself every PAGE_MS and on the arrow keys (a clicker pointed at the
 * projector window); `jumpTo` shows a page at once (the page with a new idea) and restarts the wait.
 */
export function usePager(count: number, jumpTo: number | null): { page: number } {
  const [state, setState] = useState({ page: 0, turnedAt: 0 });
  const page = Math.min(state.page, count - 1);

  useEffect(() => {
    if (jumpTo !== null && jumpTo < count) setState({ page: jumpTo, turnedAt: Date.now() });
  }, [jumpTo, count]);

  useEffect(() => {
    if (count < 2) return;
    const timer = setTimeout(() => setState({ page: (page + 1) % count, turnedAt: Date.now() }), PAGE_MS);
    return () => clearTimeout(timer);
  }, [page, count, state.turnedAt]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const by = ['ArrowRight', 'PageDown', ' '].includes(event.key) ? 1 : ['ArrowLeft', 'PageUp'].includes(event.key) ? -1 : 0;
      if (!by || (event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea'))) return;
      event.preventDefault();
      setState((s) => ({ page: (((Math.min(s.page, count - 1) + by) % count) + count) % count, turnedAt: Date.now() }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count]);

  return { page };
}
