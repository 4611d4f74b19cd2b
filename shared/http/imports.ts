// New workshops from a built-in template or from a JSON export: the routes of server/http/importSession.ts.
import { z } from 'zod';
import { importModes } from '../export/importDocument';
import { titleSchema } from '../schemas';

/** POST /api/sessions/import?mode=&date=&title=; the answer is a CreatedSession (shared/http/sessions.ts). */
export const importQuerySchema = z.object({
  mode: z.enum(importModes).default('full'),
  date: z.iso.date().optional(),
  title: titleSchema.optional(),
});
export type ImportQuery = z.input<typeof importQuerySchema>;

export const templateSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  items: z.number().int().min(0),
  /** The first item's start and the last item's end, HH:MM; null for an empty programme. */
  start: z.string().nullable(),
  end: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** GET /api/templates */
export const templateListSchema = z.object({ templates: z.array(templateSummarySchema) });
export type TemplateList = z.infer<typeof templateListSchema>;
