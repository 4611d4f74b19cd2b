// npm run restore -- FILE: replaces the database with a backup, only while the server is stopped and only with a sound file.
import fs from 'node:fs';
import path from 'node:path';
import { configFromEnv, databaseFile, lockFile } from '../config';
import { lockDataDir } from '../dataDirLock';
import { databaseProblem } from '../store/sqliteBackup';
import { foreignSchema } from '../store/sqliteSchemaCheck';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const source = process.argv[2];
if (!source) {
  console.error('Usage: npm run restore -- FILE   (replaces DATA_DIR/outofthebox.sqlite with FILE; stop the server first)');
  process.exit(2);
}
const config = configFromEnv();
const target = databaseFile(config);
fs.mkdirSync(config.dataDir, { recursive: true });
// Held until the restore ends, so no server starts on a half-replaced database.
if (!lockDataDir(lockFile(config), 'restore')) {
  stop(`The server is running on ${config.dataDir} (it holds ${lockFile(config)}). Stop it first (systemctl stop outofthebox), then restore.`);
}
const problem = databaseProblem(path.resolve(source)) ?? (await foreignSchema(path.resolve(source)));
if (problem) stop(`Not restored: ${source} is not a sound backup (${problem}).`);

const incoming = `${target}.restoring`;
fs.copyFileSync(path.resolve(source), incoming);
const fd = fs.openSync(incoming, 'r+');
fs.fsyncSync(fd);
fs.closeSync(fd);
// The database being replaced is kept beside it, WAL included, until someone deletes it.
let kept: string | undefined;
if (fs.existsSync(target)) {
  kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(target, kept);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, kept + suffix);
}
fs.renameSync(incoming, target);
console.log(`Restored ${source} into ${target}.${kept ? ` The previous database is kept as ${kept}.` : ''} Start the server again.`);
