// The two questions a screen may ask the server about alike texts (the matcher runs there, see docs/protocol.md).
import { z } from 'zod';
import { sectorSchema } from '../board/schemas';
import { limits } from '../limits';
import { idSchema } from '../schemas';

/** The console asks for the suggested groups of the board, or of one programme item's questions. */
export const findSimilarSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('ideas') }),
  z.strictObject({ scope: z.literal('questions'), itemId: idSchema }),
]);
export type FindSimilar = z.input<typeof findSimilarSchema>;
export interface SimilarGroupsResult {
  /** Ids of ideas (or questions) per group, each in the order to merge it: the first is kept. */
  groups: string[][];
}

/** A phone asks which ideas it may see are alike to the one it is writing. */
export const similarHintSchema = z.strictObject({
  sector: sectorSchema,
  text: z.string().max(limits.ideaText + limits.ideaField + 1),
});
export type SimilarHint = z.input<typeof similarHintSchema>;
export interface SimilarHintResult {
  ids: string[];
}
