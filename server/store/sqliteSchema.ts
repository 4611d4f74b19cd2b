// Bringing a SQLite file to this release's schema: a consistent copy first, then each pending migration in a
// transaction of its own (BEGIN IMMEDIATE: a second process opening the same file waits, then finds it done).
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type Migration, type MigrationReport, VERSION_TABLE, backupName, migrations, pendingMigrations, sqliteDialect } from './migrations';
import { copyChecked } from './sqliteBackup';

/** Files made before versions were recorded hold version 1's tables (or fewer, from an earlier build). */
const UNRECORDED_VERSION = 1;

interface Found {
  version: number;
  /** Tables but no version records: made by a release before versions were recorded. */
  unrecorded: boolean;
}

function foundVersion(db: Database.Database): Found {
  const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
  if (has('schema_migrations')) {
    const row = db.prepare<[], { version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations').get();
    return { version: row?.version ?? 0, unrecorded: false };
  }
  return has('sessions') ? { version: UNRECORDED_VERSION, unrecorded: true } : { version: 0, unrecorded: false };
}

/** Throws SchemaTooNew (touching nothing) for a file a newer release upgraded, or when a read-only file needs migrating. */
export function requireCurrentSqlite(db: Database.Database, list: readonly Migration[] = migrations): void {
  const pending = pendingMigrations(foundVersion(db).version, list);
  if (pending.length) throw new Error(`The database needs schema migrations (${pending.map((m) => m.version).join(', ')}): open it once for writing`);
}

/**
 * Applies the pending migrations of `list` to the open file `file`. A file that already holds data is copied
 * beside itself first (named after the version it came from); a migration interrupted by a crash is rolled back
 * by SQLite and applied again on the next start.
 */
export function migrateSqlite(db: Database.Database, file: string, list: readonly Migration[] = migrations, at = new Date()): MigrationReport {
  const found = foundVersion(db);
  const pending = pendingMigrations(found.version, list);
  if (!pending.length) return { from: found.version, to: found.version };
  let backup: string | undefined;
  if (found.version > 0) {
    backup = path.join(path.dirname(file), backupName(path.basename(file, '.sqlite'), found.version, at, 'sqlite'));
    copyChecked(db, backup);
  }
  const record = (version: number) => db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, at.toISOString());
  for (const migration of pending) {
    db.transaction(() => {
      const now = foundVersion(db);
      if (now.version >= migration.version) return;
      db.exec(VERSION_TABLE);
      if (now.unrecorded) {
        // What an earlier build lacked of version 1 is made by version 1's own text (it only creates what is missing).
        db.exec(list[0]!.sql(sqliteDialect));
        record(UNRECORDED_VERSION);
        if (migration.version === UNRECORDED_VERSION) return;
      }
      db.exec(migration.sql(sqliteDialect));
      record(migration.version);
    }).immediate();
  }
  return { from: found.version, to: list.at(-1)!.version, backup };
}
