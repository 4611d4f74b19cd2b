// npm run backup -- FILE: a consistent copy of the database while the app keeps running (SQLite online backup).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { configFromEnv, databaseFile } from '../config';
import { backupTo } from '../store/sqliteBackup';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run backup -- FILE   (copies DATA_DIR/outofthebox.sqlite to FILE)');
  process.exit(2);
}
const source = databaseFile(configFromEnv());
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}: set DATA_DIR to the server's data directory.`);
  process.exit(1);
}
const file = path.resolve(target);
const db = new Database(source, { fileMustExist: true });
// The running server may be committing: wait for its write lock instead of failing at once.
db.pragma('busy_timeout = 5000');
const started = performance.now();
try {
  await backupTo(db, file);
  const size = fs.statSync(file).size;
  console.log(`Backed up ${source} to ${file} (${(size / 1024).toFixed(0)} KB, ${Math.round(performance.now() - started)} ms); it passed integrity_check.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
