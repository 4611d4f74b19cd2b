// Which table's board the projector shows: read by the projector and the console, never by a phone.
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';

/**
 * The table whose board the projector shows (null: the whole room), and the facilitator's way to change it; `show` is
 * null on a screen that may not change it (only the facilitator may).
 */
export function useShownTable(): { tableId: string | null; show: ((tableId: string | null) => void) | null } {
  const tableId = useApp((s) => s.session?.projector.tableId ?? null);
  const mayShow = useApp((s) => s.actor?.role === 'facilitator');
  const { run } = useCommand();
  return { tableId, show: mayShow ? (id) => void run('projector:table', { tableId: id }) : null };
}
