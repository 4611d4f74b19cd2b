// The downloads of one session (server/http/exports.ts): GET /api/sessions/:id/<file>?lang=&sep=&identified=&download=
import { z } from 'zod';
import { exportLanguages } from '../export/labels';
import { exportFiles } from './routes/exports';

export const exportQuerySchema = z.object({
  lang: z.enum(exportLanguages).default('da'),
  sep: z.enum(['semicolon', 'comma']).default('semicolon'),
  /** JSON only: name participants, authors and voters. Without it the document names no one. */
  identified: z.enum(['1', 'true']).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** POST /api/sessions/:id/downloads, with the facilitator key (or ADMIN_TOKEN) as Authorization: Bearer. */
export const downloadRequestSchema = z.strictObject({ file: z.enum(exportFiles) });
export type DownloadRequest = z.infer<typeof downloadRequestSchema>;
/** The token opens that one file once, within a minute: `?download=<token>` beside the file's own parameters. */
export const downloadTokenSchema = z.object({ token: z.string(), expiresInMs: z.number().int().positive() });
export type DownloadToken = z.infer<typeof downloadTokenSchema>;
/** The download token on the file's address; nothing else that opens a session ever goes into a URL. */
export const downloadQuerySchema = z.object({ download: z.string().max(64).optional() }).catch({});
