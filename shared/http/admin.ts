// The organiser's routes (server/http/admin.ts, server/http/backup.ts), all behind ADMIN_TOKEN.
import { z } from 'zod';
import { idSchema } from '../schemas';
import { sessionStatuses } from '../state';

export const sessionStatusSchema = z.enum(sessionStatuses);

export const listedSessionSchema = z.object({
  id: idSchema,
  title: z.string(),
  date: z.string(),
  joinCode: z.string(),
  status: sessionStatusSchema,
  createdAt: z.number(),
  participants: z.number().int().min(0),
  ideas: z.number().int().min(0),
  votes: z.number().int().min(0),
  /** The day RETENTION_DAYS deletes it (YYYY-MM-DD), or null when sessions are kept for ever. */
  deleteOn: z.string().nullable(),
  /** A stored event of it cannot be read: it can only be archived or deleted. */
  damaged: z.literal(true).optional(),
});
export type ListedSession = z.infer<typeof listedSessionSchema>;

/** GET /api/admin/sessions */
export const sessionListSchema = z.object({ sessions: z.array(listedSessionSchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

/** PATCH /api/admin/sessions/:id */
export const statusChangeSchema = z.strictObject({ status: sessionStatusSchema });
export type StatusChange = z.infer<typeof statusChangeSchema>;
export const statusChangedSchema = z.object({ id: idSchema, status: sessionStatusSchema });
export type StatusChanged = z.infer<typeof statusChangedSchema>;

/** POST /api/admin/sessions/:id/console-link: a path (/f/<id>#key=…) that opens this session's console only. */
export const consoleLinkSchema = z.object({ path: z.string() });
export type ConsoleLink = z.infer<typeof consoleLinkSchema>;

/** DELETE /api/admin/sessions/:id answers 204 with no body. */
export const deletedSchema = z.null();
