// Deletes workshops RETENTION_DAYS after their date: once at start-up, then every day.
import { isExpired } from '../../shared/session/retention';
import { zonedDate } from '../../shared/time';
import type { SessionHub } from '../session/hub';

const DAY_MS = 86_400_000;

export interface RetentionDeps {
  hub: SessionHub;
  retentionDays: number;
  now: () => number;
  disconnectSession: (sessionId: string) => void;
}

/** Deletes every expired session from every table (and the write-ahead log); returns their ids. */
export async function sweepExpired(deps: RetentionDeps): Promise<string[]> {
  if (deps.retentionDays <= 0) return [];
  const today = zonedDate(deps.now());
  const expired = (await deps.hub.records.dates()).filter((s) => isExpired(s.date, deps.retentionDays, today));
  const removed: string[] = [];
  for (const { id } of expired) {
    // One session that cannot be removed is logged and tried again next sweep; the others still go.
    try {
      await deps.hub.remove(id);
      deps.disconnectSession(id);
      removed.push(id);
    } catch (error) {
      console.error(`retention: session ${id} could not be deleted:`, error instanceof Error ? error.message : 'unknown error');
    }
  }
  return removed;
}

/** The first sweep at once (its promise says when it is done), then one a day. */
export function startRetention(deps: RetentionDeps): { swept: Promise<string[]>; stop: () => void } {
  const run = () =>
    sweepExpired(deps).catch((error: unknown) => {
      console.error('retention sweep failed', error);
      return [];
    });
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return { swept: run(), stop: () => clearInterval(timer) };
}
