import { z } from 'zod';
import { limits } from '../limits';
import { idSchema } from '../schemas';
import { typedText } from '../text';
import { pollKinds, SCALE_MAX, SCALE_MIN } from './types';

export const pollKindSchema = z.enum(pollKinds);
export const pollQuestionSchema = typedText({ min: 1, max: limits.pollQuestion });
export const pollOptionsSchema = z.array(typedText({ min: 1, max: limits.pollOption })).max(limits.pollOptionsMax);

export const createPollSchema = z.strictObject({
  id: idSchema,
  itemId: idSchema.nullable().optional(),
  kind: pollKindSchema,
  question: pollQuestionSchema,
  /** Single and multiple choice only. */
  options: pollOptionsSchema.optional(),
  /** Default true: the projector shows results while answers come in. */
  resultsLive: z.boolean().optional(),
});
export const pollIdSchema = z.strictObject({ id: idSchema });
export const presentPollSchema = z.strictObject({ id: idSchema.nullable() });

/** One of the four answer fields, the one that fits the poll's kind (the decider checks which). */
export const answerPollSchema = z
  .strictObject({
    pollId: idSchema,
    choices: z.array(z.number().int().min(0).max(limits.pollOptionsMax - 1)).min(1).max(limits.pollOptionsMax).optional(),
    scale: z.number().int().min(SCALE_MIN).max(SCALE_MAX).optional(),
    words: z.array(typedText({ min: 1, max: limits.pollWord })).min(1).max(limits.wordsPerAnswer).optional(),
    text: typedText({ min: 1, max: limits.pollText, lines: true }).optional(),
  })
  .refine((a) => [a.choices, a.scale, a.words, a.text].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of choices, scale, words, text',
  });
