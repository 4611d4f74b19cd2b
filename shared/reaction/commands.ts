import { defineCommand, requireFacilitator } from '../command';
import { fail } from '../errors';
import { reactionsOf } from './fold';
import { reactionSwitchSchema } from './schemas';

export const reactionCommands = {
  'reaction:switch': defineCommand(reactionSwitchSchema, ({ state, actor }, { itemId, enabled }) => {
    requireFacilitator(actor);
    const { off, offItems } = reactionsOf(state);
    if (itemId === null) return off === !enabled ? [] : [{ type: 'reaction:switched', off: !enabled, offItems }];
    if (!state.agenda.items.some((i) => i.id === itemId)) fail('not_found', 'No such programme item');
    const others = offItems.filter((id) => id !== itemId);
    const next = enabled ? others : [...others, itemId];
    return next.length === offItems.length ? [] : [{ type: 'reaction:switched', off, offItems: next }];
  }),
};
