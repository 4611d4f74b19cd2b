import { currentItem } from '../agenda/current';
import type { Policy } from '../policies';

/** The workshop slot opens the board for ideas by itself — once per slot, so a facilitator can close it again. */
const openOnWorkshop: Policy = (state, now) => {
  const { board } = state;
  if (!board.settings.openOnWorkshop || board.phase !== 'closed') return [];
  const item = currentItem(state.agenda, now);
  if (item?.kind !== 'workshop' || board.autoOpenedFor === item.id) return [];
  return [{ type: 'board:phaseChanged', phase: 'collecting', autoOpenedFor: item.id }];
};

export const boardPolicies: Policy[] = [openOnWorkshop];
