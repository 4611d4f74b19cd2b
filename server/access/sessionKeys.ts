// Which key opens which screen of one session. Every candidate is compared, in constant time, whatever matched.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretMatches } from '../guards/auth';
import type { SessionRecord } from '../store/types';

type Keyed = Pick<SessionRecord, 'id' | 'facilitatorKeyHash'>;

/**
 * The organiser's key to one session's console: derived from ADMIN_TOKEN and that session's current facilitator key
 * (its hash), so it opens this session only, never another, and is revoked with the facilitator key when the console
 * asks for a new one. The admin page hands it out; the organiser's token itself never goes into a link.
 */
export function organiserKey(adminToken: string, record: Keyed): string {
  return createHmac('sha256', adminToken).update(`console\0${record.id}\0${record.facilitatorKeyHash}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The facilitator's own key, or the organiser's key to this session (when ADMIN_TOKEN is set). */
export function opensConsole(key: string, record: Keyed, adminToken: string | undefined): boolean {
  const own = secretMatches(key, record.facilitatorKeyHash);
  const organisers = adminToken !== undefined && sameText(key, organiserKey(adminToken, record));
  return own || organisers;
}
