// Who may read a session over HTTP: its facilitator key or the organiser's ADMIN_TOKEN.
import type { Request } from 'express';
import { fail } from '../../shared/errors';
import { bearerToken, isAdminToken } from '../guards/auth';
import type { KeyAttempts } from '../guards/keyAttempts';

/**
 * Keys travel in the Authorization header only: an address lands in proxy logs, browser history and referrers.
 * A key put in `?key=` is refused outright (never checked), so a page that still builds such links learns at once.
 */
export function refuseKeyInQuery(req: Request): void {
  if (Object.hasOwn(req.query as object, 'key')) fail('invalid_payload', 'Send the key as Authorization: Bearer, not in the address');
}

/**
 * The organiser pages exist only when ADMIN_TOKEN is set; 404 otherwise so nothing hints at them.
 * The token comes in the Authorization header only: the admin page sends it so, and a query string lands in logs.
 */
export async function requireAdmin(req: Request, adminToken: string | undefined, attempts: KeyAttempts): Promise<string> {
  if (!adminToken) fail('not_found', 'The organiser page is off: set ADMIN_TOKEN to turn it on');
  const token = bearerToken(req.get('authorization'));
  if (!token) fail('not_joined', 'Missing Authorization: Bearer ADMIN_TOKEN');
  if (!isAdminToken(token, adminToken)) await attempts.refuse(req.ip ?? '', 'Wrong ADMIN_TOKEN');
  return adminToken;
}
