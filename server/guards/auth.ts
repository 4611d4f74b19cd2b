import { createHash, timingSafeEqual } from 'node:crypto';

/** Secrets are long random strings, so a fast hash is enough to keep them out of the database. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The organiser's ADMIN_TOKEN opens every session, over HTTP and on the socket; never when it is unset. */
export function isAdminToken(token: string, adminToken: string | undefined): boolean {
  return adminToken !== undefined && secretMatches(token, hashSecret(adminToken));
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
