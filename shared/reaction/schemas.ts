import { z } from 'zod';
import { idSchema } from '../schemas';
import { reactionKinds } from './kinds';

export const reactionKindSchema = z.enum(reactionKinds);

/** `reaction:send`: one tap. */
export const reactionSendSchema = z.strictObject({ kind: reactionKindSchema });
export type ReactionSend = z.infer<typeof reactionSendSchema>;

/** `reaction:switch`: on or off for one item, or for the day when `itemId` is null. */
export const reactionSwitchSchema = z.strictObject({ itemId: idSchema.nullable(), enabled: z.boolean() });
