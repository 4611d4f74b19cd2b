import path from 'node:path';
import { DEFAULT_RETENTION_DAYS } from '../shared/session/retention';

export interface Config {
  port: number;
  dataDir: string;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Days after its date a session is deleted; 0 keeps sessions for ever. */
  retentionDays: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    retentionDays: retentionDaysFrom(env.RETENTION_DAYS),
  };
}

function retentionDaysFrom(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0) throw new Error(`RETENTION_DAYS must be a whole number of days (0 keeps for ever), not "${raw}"`);
  return days;
}
