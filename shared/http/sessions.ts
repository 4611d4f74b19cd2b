// Creating a workshop, reading it, and looking a join code up: the routes of server/http/sessions.ts.
import { z } from 'zod';
import { idSchema, joinCodeSchema, titleSchema } from '../schemas';
import type { SessionState } from '../state';

/** POST /api/sessions: every field may be left out (the built-in template, today in Copenhagen). */
export const createSessionRequestSchema = z.strictObject({
  title: titleSchema.optional(),
  template: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a template key').optional(),
  date: z.iso.date().optional(),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

/** 201 of POST /api/sessions and of an import: the facilitator's secret key appears here only. */
export const createdSessionSchema = z.object({
  sessionId: idSchema,
  joinCode: joinCodeSchema,
  facilitatorKey: z.string(),
  joinUrl: z.string(),
  facilitatorUrl: z.string(),
  projectorUrl: z.string(),
});
export type CreatedSession = z.infer<typeof createdSessionSchema>;

/** GET /api/sessions/:id (facilitator key or ADMIN_TOKEN): the whole state, as the server's reducer made it. */
export const sessionAnswerSchema = z.object({
  state: z.custom<SessionState>((value) => typeof value === 'object' && value !== null && 'seq' in value),
  joinUrl: z.string(),
});
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

/** GET /api/join/:code: what a phone shows before it joins. */
export const joinLookupSchema = z.object({
  title: z.string(),
  /** The day RETENTION_DAYS deletes the workshop (YYYY-MM-DD), null when it is kept until an organiser deletes it. */
  deleteOn: z.iso.date().nullable(),
});
export type JoinLookup = z.infer<typeof joinLookupSchema>;
