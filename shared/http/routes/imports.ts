// New workshops from a JSON export or a template: the Express patterns the server registers; the client fills the ':name' parts with routePath().
// Free of zod, so the client can import it (its bundle carries no zod); the schemas are in shared/http/imports.ts.

export const importEndpoints = {
  /** Its body is a JSON export (shared/export/sessionDocument.ts), read up to IMPORT_MAX_BYTES. */
  import: '/api/sessions/import',
  templates: '/api/templates',
} as const;
