// What operations staff and their tools read: /healthz (alive), /readyz (can serve), /metrics (Prometheus).
import { isIP } from 'node:net';
import { type Request, Router } from 'express';
import type { Health } from '../../shared/http/ops';
import { fail } from '../../shared/errors';
import { bearerToken, hashSecret, secretMatches } from '../auth';
import type { Metrics } from '../metrics';
import type { Readiness } from '../readiness';

export interface OpsRouteDeps {
  readiness: Readiness;
  metrics: Metrics;
  metricsToken: string | undefined;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Headers a proxy adds to say whom it forwards for: the standard ones and every common variant (nginx's
 * X-Real-IP, Cloudflare's CF-Connecting-IP, Akamai's True-Client-IP, X-Cluster-Client-IP, Via, X-Original-*).
 */
const PROXY_HEADER = /^(forwarded|via|x-forwarded-.+|x-real-ip|x-original-.+|x-proxyuser-ip|.*client-ip|.*connecting-ip)$/;

/**
 * From this machine and not through a proxy. A reverse proxy on the same machine also connects from
 * 127.0.0.1, so a request that carries any header a proxy sets counts as coming from outside.
 */
export function isLocalRequest(req: Request): boolean {
  const direct = req.socket.remoteAddress ?? '';
  const forwarded = Object.keys(req.headers).some((name) => PROXY_HEADER.test(name));
  return isIP(direct) !== 0 && LOOPBACK.test(direct) && !forwarded;
}

function requireMetricsAccess(req: Request, metricsToken: string | undefined): void {
  const token = bearerToken(req.get('authorization'));
  if (token !== undefined && metricsToken !== undefined && secretMatches(token, hashSecret(metricsToken))) return;
  if (token === undefined && isLocalRequest(req)) return;
  fail('forbidden', 'Metrics are served to this machine only, or with Authorization: Bearer METRICS_TOKEN');
}

export function opsRoutes(deps: OpsRouteDeps): Router {
  const router = Router();
  // Cheap on purpose: a liveness probe must not touch the disk.
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true } satisfies Health);
  });
  router.get('/readyz', async (_req, res) => {
    const report = await deps.readiness.report();
    res.status(report.ready ? 200 : 503).set('Cache-Control', 'no-store').json(report);
  });
  router.get('/metrics', async (req, res) => {
    requireMetricsAccess(req, deps.metricsToken);
    res.set('Content-Type', deps.metrics.registry.contentType).set('Cache-Control', 'no-store').send(await deps.metrics.text());
  });
  return router;
}
