import path from 'node:path';
import { DEFAULT_MIN_FREE_DISK_MB } from './diskSpace';

export interface Config {
  port: number;
  dataDir: string;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  /** Below this much free space on the data directory's disk, new writes are refused. */
  minFreeDiskBytes: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    minFreeDiskBytes: Number(env.MIN_FREE_DISK_MB ?? DEFAULT_MIN_FREE_DISK_MB) * 1024 * 1024,
  };
}
