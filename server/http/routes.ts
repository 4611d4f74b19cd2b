// The HTTP routes in the order they must match, with what each needs.
import path from 'node:path';
import type express from 'express';
import { sessionEndpoints } from '../../shared/http/routes/sessions';
import { DownloadTokens } from '../access/downloadTokens';
import type { SessionKeyChanges } from '../access/sessionKeyChanges';
import type { Cluster } from '../cluster';
import { ExportQueue } from '../export/exportQueue';
import type { PdfPrinter } from '../export/pdf';
import type { Metrics } from '../ops/metrics';
import type { Readiness } from '../ops/readiness';
import { adminRoutes } from './admin';
import { backupRoutes } from './backup';
import { combinedRoutes } from './combined';
import type { CreationBudget } from './creationBudget';
import { downloadRoutes, MintBudget } from './downloads';
import { errorHandler } from './errors';
import { exportRoutes } from './exports';
import { IMPORT_PATH, importRoutes } from './importSession';
import { keyRoutes } from './keys';
import { opsRoutes } from './ops';
import { joinTitleOf, type SessionRouteDeps, sessionRoutes } from './sessions';
import { staticClient } from './static';

/** What the server was built with that the routes read. */
export interface RouteOptions {
  adminToken?: string | undefined;
  metricsToken?: string | undefined;
  distDir?: string | undefined;
}

export interface MountedParts {
  routeDeps: SessionRouteDeps & { retentionDays: number; creationBudget: CreationBudget; keyChanges: SessionKeyChanges };
  readiness: Readiness;
  metrics: Metrics;
  printer: PdfPrinter;
  disconnectSession: (sessionId: string) => void;
  cluster: Cluster | undefined;
}

/** The HTTP routes in the order they must match: API routes, the API's 404, the client, then errors. */
export function mountRoutes(app: express.Express, deps: RouteOptions, { routeDeps, readiness, metrics, printer, disconnectSession, cluster }: MountedParts): void {
  const { hub, now, keyAttempts, retentionDays, creationBudget } = routeDeps;
  app.use(opsRoutes({ readiness, metrics, metricsToken: deps.metricsToken }));
  // Counted before an import's body is read (its route reads it itself).
  app.post([sessionEndpoints.create, IMPORT_PATH], async (req, res, next) => {
    if (await creationBudget.admitRequest(req.ip ?? '')) return next();
    res.status(429).json({ ok: false, code: 'rate_limited', message: 'Too many new workshops from this address' });
  });
  app.use(importRoutes(routeDeps));
  app.use(sessionRoutes(routeDeps));
  const downloads = { ...routeDeps, downloadTokens: new DownloadTokens(cluster?.downloadTokens), mintBudget: new MintBudget(cluster?.buckets) };
  app.use(downloadRoutes(downloads));
  app.use(keyRoutes(routeDeps));
  app.use(exportRoutes({ ...downloads, printer, metrics, exportQueue: new ExportQueue() }));
  app.use(backupRoutes({ hub, adminToken: deps.adminToken, keyAttempts, metrics, now }));
  app.use(adminRoutes({ hub, adminToken: deps.adminToken, keyAttempts, disconnectSession, now, retentionDays }));
  app.use(combinedRoutes({ hub, adminToken: deps.adminToken, keyAttempts, printer, exportQueue: new ExportQueue(), now }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, code: 'not_found', message: 'No such endpoint' });
  });
  app.use(staticClient(deps.distDir ?? path.resolve('dist'), { joinTitle: (joinCode, ip) => joinTitleOf(routeDeps, joinCode, ip) }));
  app.use(errorHandler);
}
