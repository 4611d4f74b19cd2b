// Building blocks for the command schemas. Every string has a limit; every object is strict.
import { z } from 'zod';
import { limits } from './limits';
import { typedText } from './text';

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be an id');
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{21,64}$/, 'must be a secret');
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, 'must be a 6-character join code'));
export const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const displayNameSchema = typedText({ max: limits.displayName });
export const titleSchema = typedText({ min: 1, max: limits.sessionTitle });
/** A time of day as typed: 'HH:MM' (or the Danish 'HH.MM'). */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, 'must be a time HH:MM');
/** A workshop day: a real calendar date within reach, YYYY-MM-DD. */
export const workshopDateSchema = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'must be a date between 2000 and 2099');
