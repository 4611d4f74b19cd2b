// The store the configuration asks for: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR.
import { type Config, databaseFile } from '../config';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

export function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : Promise.resolve(openSqliteStore(databaseFile(config)));
}
