// DATA_DIR/outofthebox.pid: written while the server runs, so a restore can refuse to replace a database in use.
import fs from 'node:fs';

export function writePidFile(file: string): void {
  fs.writeFileSync(file, `${process.pid}\n`);
}

export function removePidFile(file: string): void {
  try {
    if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file);
  } catch {
    // already gone
  }
}

/** The pid of a live server on this data directory, or null (no file, or its process has ended). */
export function runningServerPid(file: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(file, 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is running all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
