// The organiser's routes, behind ADMIN_TOKEN: the Express patterns the server registers; the client fills the ':name' parts with routePath().
// Free of zod, so the client can import it (its bundle carries no zod); the schemas are in shared/http/admin.ts.

export const adminEndpoints = {
  sessions: '/api/admin/sessions',
  session: '/api/admin/sessions/:id',
  /** POST: the organiser's link to one session's console (its own key, never ADMIN_TOKEN). */
  consoleLink: '/api/admin/sessions/:id/console-link',
  /** A consistent copy of the database (application/vnd.sqlite3); the token in the header only. */
  backup: '/api/admin/backup',
} as const;

export const combinedFormats = ['json', 'xlsx', 'csv', 'pdf'] as const;
export type CombinedFormat = (typeof combinedFormats)[number];
/** The combined view of several workshops in one format, with `?ids=<id>,<id>,…&lang=`. */
export const combinedEndpoint = (format: CombinedFormat) => `/api/admin/combined.${format}` as const;
