import { z } from 'zod';
import { defineCommand, requireParticipant } from '../command';
import { ownValue } from '../records';
import { displayNameSchema } from '../schemas';

export const sessionCommands = {
  'participant:rename': defineCommand(z.strictObject({ name: displayNameSchema }), ({ state, actor }, { name }) => {
    const participantId = requireParticipant(actor);
    if (ownValue(state.participants, participantId)?.name === name) return [];
    return [{ type: 'participant:renamed', participantId, name }];
  }),
};
