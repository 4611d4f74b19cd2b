// Operations endpoints: what /healthz and /readyz answer (monitoring and load balancers read them).
import { z } from 'zod';

export const healthSchema = z.object({ ok: z.literal(true) });

/** Each check answers "ok" or why it is not ready; the server is ready when every check is "ok". */
export const readinessSchema = z.object({
  ready: z.boolean(),
  checks: z.record(z.string(), z.string()),
});
export type Readiness = z.infer<typeof readinessSchema>;
export type Health = z.infer<typeof healthSchema>;
