// DATA_DIR/outofthebox.lock: one server (or one restore) at a time on a data directory. The lock is SQLite's
// exclusive file lock, an advisory lock of the kernel: it ends with the process however the process ends
// (kill -9, a crash, a reboot), so no file left behind can keep the next server from starting. A pid file
// could: after a crash its pid may belong to another process by the time the server starts again.
import Database from 'better-sqlite3';

export interface DataDirLock {
  release(): void;
}

/** Who holds a data directory, written by the holder and readable by nobody else while it holds it. */
export type LockHolder = 'server' | 'restore';

/** Takes the lock, or answers null at once when another process holds it. */
export function lockDataDir(file: string, holder: LockHolder): DataDirLock | null {
  const db = new Database(file, { timeout: 0 });
  try {
    // In exclusive locking mode SQLite keeps the lock of its first write until the connection closes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (what TEXT NOT NULL, pid INTEGER NOT NULL, since TEXT NOT NULL)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder VALUES (?, ?, ?)').run(holder, process.pid, new Date().toISOString());
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return null;
    throw error;
  }
  held.add(db);
  return {
    release() {
      held.delete(db);
      db.close();
    },
  };
}

/** Held for the life of the process: a connection no one refers to could be closed under the lock. */
const held = new Set<Database.Database>();
