// How long a workshop is kept: a number of days after its date, or for ever (0).
export const DEFAULT_RETENTION_DAYS = 90;

const DAY_MS = 86_400_000;

/**
 * The day (YYYY-MM-DD) on which a session of `date` is deleted, or null when sessions are kept for ever, or when
 * the stored date is no date at all (a damaged session is deleted by the organiser, never guessed at).
 */
export function deletionDate(date: string, retentionDays: number): string | null {
  if (retentionDays <= 0) return null;
  const day = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day)) return null;
  return new Date(day + retentionDays * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the session of `date` is due for deletion on `today` (both YYYY-MM-DD, Copenhagen). */
export function isExpired(date: string, retentionDays: number, today: string): boolean {
  const on = deletionDate(date, retentionDays);
  return on !== null && on <= today;
}
