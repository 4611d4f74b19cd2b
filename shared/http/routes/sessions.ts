// Creating and reading a workshop, looking a join code up: the Express patterns the server registers; the client fills the ':name' parts with routePath().
// Free of zod, so the client can import it (its bundle carries no zod); the schemas are in shared/http/sessions.ts.

export const sessionEndpoints = {
  create: '/api/sessions',
  session: '/api/sessions/:id',
  joinLookup: '/api/join/:code',
  /** The join QR code as SVG (not JSON): an <img> reads it. */
  joinQr: '/api/join/:code/qr.svg',
} as const;
