/** Size limits of what people type; kept apart from the zod schemas so the client can use them without zod. */
export const limits = {
  ideaText: 500,
  ideaField: 300,
  displayName: 40,
} as const;

/** The largest JSON export a new workshop can be imported from. */
export const IMPORT_MAX_BYTES = 16 * 1024 * 1024;
