// The downloads of one session (server/http/exports.ts): GET /api/sessions/:id/<file>?lang=&sep=&identified=&key=
import { z } from 'zod';
import { exportLanguages } from '../export/labels';

export const exportQuerySchema = z.object({
  lang: z.enum(exportLanguages).default('da'),
  sep: z.enum(['semicolon', 'comma']).default('semicolon'),
  /** JSON only: name participants, authors and voters. Without it the document names no one. */
  identified: z.enum(['1', 'true']).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
