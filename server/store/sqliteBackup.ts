// Consistent copies of the SQLite file (SQLite's online backup API) and the check a copy must pass before a restore.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from './migrations';

/**
 * Copies `db` into `file` while the app keeps writing. The copy is written beside the target and renamed
 * at the end, so a half-written backup never carries the final name.
 */
export async function backupTo(db: Database.Database, file: string): Promise<void> {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    // Whole database per step: writes from another process restart a backup, so fewer steps finish sooner.
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    const problem = databaseProblem(partial);
    if (problem) throw new Error(`backup failed its check: ${problem}`);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * A consistent copy of `db` into `file` at once (VACUUM INTO reads one snapshot), checked before it takes the name:
 * the copy taken before a migration, while nothing else may write.
 */
export function copyChecked(db: Database.Database, file: string): void {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const problem = databaseProblem(partial);
    if (problem) throw new Error(`the copy of the database failed its check: ${problem}`);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Null when `file` is an intact Out of the Box database; otherwise what is wrong with it. */
export function databaseProblem(file: string): string | null {
  if (!fs.existsSync(file)) return 'no such file';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const result = db.pragma('integrity_check') as { integrity_check: string }[];
    const issues = result.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (issues.length) return `integrity_check: ${issues.slice(0, 3).join('; ')}`;
    const tables = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
    const missing = ['sessions', 'events', 'credentials'].filter((t) => !tables.has(t));
    if (missing.length) return `not an Out of the Box database (no ${missing.join(', ')} table)`;
    // An older schema is migrated on the next start; a newer one this release could not open.
    const version = tables.has('schema_migrations') ? db.prepare<[], { v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations').get()?.v : null;
    return version && version > SCHEMA_VERSION ? `made by a newer release (schema version ${version}; this release knows up to ${SCHEMA_VERSION})` : null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
