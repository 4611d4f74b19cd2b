// Kept apart from contract.ts (which brings zod) so the client can send it without carrying zod.

/** Sent with every join; a page of another version is refused with 'outdated' and asked to reload. */
export const PROTOCOL_VERSION = 3;
