// The organiser's combined view of several workshops: GET /api/admin/combined.json?ids=<id>,<id>,… (and .xlsx,
// .csv, .pdf). The answer's shape is declared here once; shared/series/combine.ts computes it.
import { z } from 'zod';
import { sectorSchema } from '../board/schemas';
import { exportLanguages } from '../export/labels';
import { pollKinds } from '../poll/types';
import { combinedLimits } from '../limits';
import { idSchema } from '../schemas';
import { sessionStatusSchema } from './admin';

const count = z.number().int().min(0);

export const combinedQuerySchema = z.object({
  ids: z
    .string()
    .max(combinedLimits.workshops * 65)
    .transform((ids) => [...new Set(ids.split(',').filter(Boolean))])
    .pipe(z.array(idSchema).min(1).max(combinedLimits.workshops)),
  lang: z.enum(exportLanguages).default('da'),
  sep: z.enum(['semicolon', 'comma']).default('semicolon'),
});
export type CombinedQuery = z.infer<typeof combinedQuerySchema>;

export const sectorShareSchema = z.object({ sector: sectorSchema, ideas: count, votes: count, share: z.number().min(0).max(1) });

export const workshopSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  date: z.string(),
  status: sessionStatusSchema,
  participants: count,
  ideas: count,
  votes: count,
  /** Questions the room saw: approved and not hidden. */
  questions: count,
  /** Answers given to its polls (a person answering two polls counts twice). */
  pollAnswers: count,
  sectors: z.array(sectorShareSchema),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

/** A visible idea of one workshop, ranked within its workshop and sector; no author, ever. */
export const combinedIdeaSchema = z.object({
  workshopId: idSchema,
  sector: sectorSchema,
  rank: z.number().int().min(1),
  text: z.string(),
  partner: z.string(),
  group: z.string(),
  votes: count,
});
export type CombinedIdea = z.infer<typeof combinedIdeaSchema>;

export const labelCountSchema = z.object({ label: z.string(), count: count });
export type LabelCount = z.infer<typeof labelCountSchema>;

export const partnerCountSchema = z.object({
  /** As typed most often. */
  label: z.string(),
  /** Ideas naming this partner, and the dots they got. */
  ideas: count,
  votes: count,
  workshopIds: z.array(idSchema),
});
export type PartnerCount = z.infer<typeof partnerCountSchema>;

export const pollResultSchema = z.object({ respondents: count, results: z.array(labelCountSchema), average: z.number().nullable() });
export type PollResult = z.infer<typeof pollResultSchema>;

/** One poll asked in several workshops (same kind, same question once normalised). */
export const comparedPollSchema = z.object({
  question: z.string(),
  kind: z.enum(pollKinds),
  perWorkshop: z.array(pollResultSchema.extend({ workshopId: idSchema })),
  combined: pollResultSchema,
});
export type ComparedPoll = z.infer<typeof comparedPollSchema>;

export const itemQuestionsSchema = z.object({
  item: z.string(),
  perWorkshop: z.array(z.object({ workshopId: idSchema, questions: z.array(z.object({ text: z.string(), votes: count, answered: z.boolean() })) })),
});
export type ItemQuestions = z.infer<typeof itemQuestionsSchema>;

export const combinedViewSchema = z.object({
  workshops: z.array(workshopSummarySchema),
  ideas: z.array(combinedIdeaSchema),
  /** Per sector, the ideas of every workshop ranked together by votes (the top of the series). */
  topBySector: z.array(z.object({ sector: sectorSchema, ideas: z.array(combinedIdeaSchema) })),
  partners: z.array(partnerCountSchema),
  polls: z.array(comparedPollSchema),
  questions: z.array(itemQuestionsSchema),
});
export type CombinedView = z.infer<typeof combinedViewSchema>;
