// Who may read a session over HTTP: its facilitator key or the organiser's ADMIN_TOKEN.
import type { Request } from 'express';
import { z } from 'zod';
import { fail } from '../../shared/errors';
import { bearerToken, isAdminToken } from '../auth';
import type { KeyAttempts } from '../keyAttempts';

const keyQuery = z.object({ key: z.string().max(200).optional() }).catch({});

/**
 * The Authorization header, or `?key=` so that a plain download link works in a browser.
 * The query form can land in proxy logs and browser history, so the console only builds such links
 * for the facilitator's own screen, and the answers carry `Cache-Control: no-store` and no referrer.
 */
export function requestKey(req: Request): string | undefined {
  return bearerToken(req.get('authorization')) ?? (keyQuery.parse(req.query).key || undefined);
}

/**
 * The organiser pages exist only when ADMIN_TOKEN is set; 404 otherwise so nothing hints at them.
 * The token comes in the Authorization header only: the admin page sends it so, and a query string lands in logs.
 */
export async function requireAdmin(req: Request, adminToken: string | undefined, attempts: KeyAttempts): Promise<void> {
  if (!adminToken) fail('not_found', 'The organiser page is off: set ADMIN_TOKEN to turn it on');
  const token = bearerToken(req.get('authorization'));
  if (!token) fail('not_joined', 'Missing Authorization: Bearer ADMIN_TOKEN');
  if (!isAdminToken(token, adminToken)) await attempts.refuse(req.ip ?? '', 'Wrong ADMIN_TOKEN');
}
