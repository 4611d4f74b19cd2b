// The free-space floor: below it the server refuses new writes clearly instead of failing half-way through one.
import fs from 'node:fs';
import { monotonicNow } from '../guards/rateLimit';
import { DISK_RECHECK_MS } from '../tuning';


export class DiskSpace {
  private checkedAt = -Infinity;
  private low = false;

  constructor(
    /** A path on the database's file system; without one nothing is checked. */
    private readonly dir: string | undefined,
    private readonly minFreeBytes: number,
    private readonly now: () => number = monotonicNow,
  ) {}

  /** Whether free space is under the floor; asked on every write, so the answer is reused for a second. */
  isLow(): boolean {
    if (!this.dir) return false;
    const t = this.now();
    if (t - this.checkedAt < DISK_RECHECK_MS) return this.low;
    this.checkedAt = t;
    try {
      const stats = fs.statfsSync(this.dir);
      this.low = stats.bavail * stats.bsize < this.minFreeBytes;
    } catch {
      this.low = true;
    }
    return this.low;
  }
}
