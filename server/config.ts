import path from 'node:path';
import { DEFAULT_MIN_FREE_DISK_MB } from './diskSpace';

export interface Config {
  port: number;
  /** Unset: every interface. 127.0.0.1 behind a proxy on the same machine. */
  host: string | undefined;
  dataDir: string;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  metricsToken: string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Below this much free space on the data directory's disk, new writes are refused. */
  minFreeDiskBytes: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    minFreeDiskBytes: Number(env.MIN_FREE_DISK_MB ?? DEFAULT_MIN_FREE_DISK_MB) * 1024 * 1024,
  };
}

/** The one database file of the embedded store, and the file that says a server is running on it. */
export const databaseFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'outofthebox.sqlite');
export const pidFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'outofthebox.pid');
