import path from 'node:path';
import { DEFAULT_RETENTION_DAYS } from '../shared/session/retention';
import { DEFAULT_MIN_FREE_DISK_MB } from './tuning';

export interface Config {
  port: number;
  /** Unset: every interface. 127.0.0.1 behind a proxy on the same machine. */
  host: string | undefined;
  dataDir: string;
  /** postgres://… stores everything in PostgreSQL; unset, the SQLite file in dataDir. */
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  metricsToken: string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Days after its date a session is deleted; 0 keeps sessions for ever. */
  retentionDays: number;
  /** Below this much free space on the data directory's disk, new writes are refused. */
  minFreeDiskBytes: number;
  maxConnectionsPerAddress: number | undefined;
  maxIdeasPerParticipant: number | undefined;
  /** LIVE_SESSIONS_MB: the estimated heap all live sessions together may hold; a quarter of the heap limit when unset. */
  liveSessionBudgetBytes: number | undefined;
  /** REDIS_URL: several nodes serve the same sessions (with DATABASE_URL, the shared event log). */
  redisUrl: string | undefined;
  redisPrefix: string;
}

/** A positive whole number from the environment, or undefined (the built-in default) when unset. */
function positiveInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: databaseUrlFrom(env.DATABASE_URL),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    retentionDays: retentionDaysFrom(env.RETENTION_DAYS),
    maxConnectionsPerAddress: positiveInt(env, 'MAX_CONNECTIONS_PER_ADDRESS'),
    maxIdeasPerParticipant: positiveInt(env, 'MAX_IDEAS_PER_PARTICIPANT'),
    liveSessionBudgetBytes: (positiveInt(env, 'LIVE_SESSIONS_MB') ?? 0) * 1024 * 1024 || undefined,
    minFreeDiskBytes: Number(env.MIN_FREE_DISK_MB ?? DEFAULT_MIN_FREE_DISK_MB) * 1024 * 1024,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'ootb:',
  };
}

function databaseUrlFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('DATABASE_URL must be a postgres:// (or postgresql://) address; unset it to use SQLite');
  return raw;
}

function retentionDaysFrom(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0) throw new Error(`RETENTION_DAYS must be a whole number of days (0 keeps for ever), not "${raw}"`);
  return days;
}

/** The one database file of the embedded store, and the file that says a server is running on it. */
export const databaseFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'outofthebox.sqlite');
export const lockFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'outofthebox.lock');
