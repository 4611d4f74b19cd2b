// The answers of shared/http/routes/keys.ts: the new key and the path that opens its screen (/f/… or /m/…#key=…).
import { z } from 'zod';

export const issuedKeySchema = z.object({ key: z.string(), path: z.string() });
export type IssuedKey = z.infer<typeof issuedKeySchema>;
