import { z } from 'zod';
import { currentItem } from '../agenda/current';
import { defineCommand, requireFacilitator } from '../command';
import { knownTable } from '../tables/ideas';
import { chooseTableSchema } from '../tables/schemas';
import { projectorChoices } from './types';
import { activeOverride } from './view';

export const projectorCommands = {
  /** "Vis QR": the facilitator enlarges the join QR on the projector, or sends it back to its corner. */
  'projector:qr': defineCommand(z.strictObject({ isLarge: z.boolean() }), ({ state, actor }, { isLarge }) => {
    requireFacilitator(actor);
    return state.projector.isQrLarge === isLarge ? [] : [{ type: 'projector:qrShown', isLarge }];
  }),
  /** What the screen shows: the board or the programme for the item on now, or `auto` to follow the day again. */
  'projector:show': defineCommand(z.strictObject({ show: z.enum(projectorChoices) }), ({ state, actor, now }, { show }) => {
    requireFacilitator(actor);
    const itemId = currentItem(state.agenda, now)?.id ?? null;
    const override = show === 'auto' ? null : { show, itemId };
    const before = activeOverride(state.projector, itemId);
    if (before?.show === override?.show) return [];
    return [{ type: 'projector:chosen', override }];
  }),
  /** One table's board on the screen (`tableId`), or the whole room's again (null). */
  'projector:table': defineCommand(chooseTableSchema, ({ state, actor }, { tableId }) => {
    requireFacilitator(actor);
    knownTable(state, tableId);
    return (state.projector.tableId ?? null) === tableId ? [] : [{ type: 'projector:tableShown', tableId }];
  }),
};
