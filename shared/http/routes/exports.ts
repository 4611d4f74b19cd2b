// The downloads of one session: the Express patterns the server registers; the client fills the ':name' parts with routePath().
// Free of zod, so the client can import it (its bundle carries no zod); the schemas are in shared/http/exports.ts.

export const exportFiles = ['export.csv', 'export.xlsx', 'export.json', 'report.html', 'report.pdf'] as const;
export type ExportFile = (typeof exportFiles)[number];

/** Each file is a route of its own: `/api/sessions/:id/` followed by the file's name. */
export const exportEndpoint = (file: ExportFile) => `/api/sessions/:id/${file}` as const;

/** POST: a short-lived, single-use token for one file (`?download=` on the file's address); the key in the header. */
export const downloadTokenEndpoint = '/api/sessions/:id/downloads';
