import type { AgendaItem } from '../../../shared/agenda/types';
import type { ReactionCounts } from '../../../shared/reaction/kinds';
import { countsFor, reactionsOn } from '../../../shared/reaction/reactions';
import type { ReactionsState } from '../../../shared/reaction/types';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';

const noReactions: ReactionsState = { off: false, offItems: [], counts: [] };

export function useReactionsState(): ReactionsState {
  return useApp((s) => s.session?.reactions ?? noReactions);
}

/** The item on now, whether it takes reactions, and its counts (empty on a phone, which is not sent them). */
export function useCurrentReactions(): { item: AgendaItem | null; on: boolean; counts: ReactionCounts } {
  const { current } = useDayPosition(1000);
  const reactions = useReactionsState();
  const archived = useApp((s) => s.session?.status === 'archived');
  if (!current) return { item: null, on: false, counts: {} };
  return { item: current, on: !archived && reactionsOn(reactions, current.id), counts: countsFor(reactions, current.id) };
}
