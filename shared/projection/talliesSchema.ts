// The wire shape of a large room's tallies (shared/projection/tallies.ts), apart so that the phone, which only
// folds them, never loads zod.
import { z } from 'zod';
import { seqSchema } from '../schemas';

export const pollCountsSchema = z.object({ id: z.string(), respondents: z.number().int().min(0), counts: z.array(z.number().int().min(0)) });
export const questionVotesSchema = z.object({ id: z.string(), votes: z.number().int().min(0) });

/**
 * The counts of the polls and questions that changed since the phone's last tallies, as they stand at `seq`
 * (every stored event up to it counted). Only what any participant may see: results held back until closing
 * show only how many answered, and a question no participant may see is left out.
 */
export const talliesSchema = z.object({
  seq: seqSchema,
  polls: z.array(pollCountsSchema),
  questions: z.array(questionVotesSchema),
  /** Participants online as the tallies leave (a large room's phones hear presence this way too). */
  participantsOnline: z.number().int().min(0).optional(),
});
export type Tallies = z.infer<typeof talliesSchema>;
export type PollCounts = z.infer<typeof pollCountsSchema>;
