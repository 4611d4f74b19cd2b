// A session's keys, replaced or revoked from its console (the facilitator's key in the Authorization header).
// Free of zod, so the client can import it; the schemas are in shared/http/keys.ts.

export const keyEndpoints = {
  /** POST: a new facilitator key; the old one (and the organiser's key derived from it) stops working at once. */
  facilitator: '/api/sessions/:id/keys/facilitator',
  /** POST: a new moderator link (any earlier one stops working); DELETE: no moderator link any more (204). */
  moderator: '/api/sessions/:id/keys/moderator',
} as const;
