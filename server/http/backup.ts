// The organiser's backup download: a consistent copy of the database, made while the app runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Router } from 'express';
import type { SessionHub } from '../session/hub';
import type { KeyAttempts } from '../guards/keyAttempts';
import type { Metrics } from '../ops/metrics';
import { refuseKeyInQuery, requireAdmin } from './access';

import { adminEndpoints } from '../../shared/http/routes/admin';

export const BACKUP_PATH = adminEndpoints.backup;

export interface BackupRouteDeps {
  hub: SessionHub;
  adminToken: string | undefined;
  keyAttempts: KeyAttempts;
  metrics: Metrics;
  now: () => number;
}

/** outofthebox-2026-11-25-2215.sqlite, in Copenhagen time like everything the organiser sees. */
export function backupFileName(now: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(now);
  return `outofthebox-${parts.replace(' ', '-').replace(':', '')}.sqlite`;
}

export function backupRoutes(deps: BackupRouteDeps): Router {
  const router = Router();
  router.get(BACKUP_PATH, async (req, res) => {
    refuseKeyInQuery(req);
    await requireAdmin(req, deps.adminToken, deps.keyAttempts);
    const started = performance.now();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-backup-'));
    const file = path.join(dir, 'backup.sqlite');
    const cleanUp = () => fs.rmSync(dir, { recursive: true, force: true });
    try {
      await deps.hub.backup(file);
    } catch (error) {
      cleanUp();
      throw error;
    }
    deps.metrics.exportSeconds.observe({ format: 'backup' }, (performance.now() - started) / 1000);
    res.set('Cache-Control', 'no-store');
    res.download(file, backupFileName(deps.now()), { headers: { 'Content-Type': 'application/vnd.sqlite3' } }, cleanUp);
  });
  return router;
}
