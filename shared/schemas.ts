// Building blocks for the command schemas. Every string has a limit; every object is strict.
import { z } from 'zod';
import { limits } from './limits';

export { limits };

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be an id');
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{21,64}$/, 'must be a secret');
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, 'must be a 6-character join code'));
export const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const displayNameSchema = z.string().trim().max(limits.displayName);
export const titleSchema = z.string().trim().min(1).max(200);
