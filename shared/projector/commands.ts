import { z } from 'zod';
import { defineCommand, requireFacilitator } from '../command';

export const projectorCommands = {
  /** "Vis QR": the facilitator enlarges the join QR on the projector, or sends it back to its corner. */
  'projector:qr': defineCommand(z.strictObject({ isLarge: z.boolean() }), ({ state, actor }, { isLarge }) => {
    requireFacilitator(actor);
    return state.projector.isQrLarge === isLarge ? [] : [{ type: 'projector:qrShown', isLarge }];
  }),
};
