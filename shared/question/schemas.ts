import { z } from 'zod';
import { limits } from '../limits';
import { idSchema } from '../schemas';
import { typedText } from '../text';

export const askSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema,
  text: typedText({ min: 1, max: limits.questionText, lines: true }),
});
export const questionVoteSchema = z.strictObject({ questionId: idSchema });
export const moderateSchema = z
  .strictObject({
    questionId: idSchema,
    approved: z.boolean().optional(),
    answered: z.boolean().optional(),
    hidden: z.boolean().optional(),
    highlighted: z.boolean().optional(),
  })
  .refine((m) => m.approved !== undefined || m.answered !== undefined || m.hidden !== undefined || m.highlighted !== undefined, {
    message: 'name at least one of approved, answered, hidden, highlighted',
  });
export const enableSchema = z.strictObject({ itemId: idSchema, enabled: z.boolean() });
export const questionSettingsSchema = z.strictObject({ requireApproval: z.boolean() });
export const mergeQuestionsSchema = z.strictObject({ sourceId: idSchema, targetId: idSchema });
