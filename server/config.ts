import path from 'node:path';

export interface Config {
  port: number;
  dataDir: string;
  publicUrl: string | undefined;
  adminToken: string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  maxConnectionsPerAddress: number | undefined;
  maxIdeasPerParticipant: number | undefined;
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
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    maxConnectionsPerAddress: positiveInt(env, 'MAX_CONNECTIONS_PER_ADDRESS'),
    maxIdeasPerParticipant: positiveInt(env, 'MAX_IDEAS_PER_PARTICIPANT'),
  };
}
