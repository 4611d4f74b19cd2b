// The store the configuration asks for: PostgreSQL when DATABASE_URL is set, else the SQLite file in DATA_DIR.
import { type Config, databaseFile } from '../config';
import type { MigrationReport } from './migrations';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

export function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, onMigrated?: (report: MigrationReport) => void): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl, { backupDir: config.dataDir, onMigrated });
  return Promise.resolve(openSqliteStore(databaseFile(config), { onMigrated }));
}
