import { defineCommand, requireFacilitator } from '../command';
import { fail } from '../errors';
import { reactionsOf } from './reactions';
import { reactionSwitchSchema } from './schemas';

export const reactionCommands = {
  'reaction:switch': defineCommand(reactionSwitchSchema, ({ state, actor }, { itemId, enabled }) => {
    requireFacilitator(actor);
    const reactions = reactionsOf(state);
    if (itemId === null) return reactions.off === !enabled ? [] : [{ type: 'reaction:switched', itemId, enabled }];
    if (!state.agenda.items.some((i) => i.id === itemId)) fail('not_found', 'No such programme item');
    const isOn = !reactions.offItems.includes(itemId);
    return isOn === enabled ? [] : [{ type: 'reaction:switched', itemId, enabled }];
  }),
};
