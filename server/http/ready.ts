// Readiness: the store answers and can write, and the disk is above its floor. /healthz stays a cheap liveness answer.
import { Router } from 'express';
import type { DiskSpace } from '../diskSpace';
import type { GuardedStore } from '../store/guarded';

export function readyRoutes(deps: { store: GuardedStore; disk: DiskSpace }): Router {
  const router = Router();
  router.get('/readyz', (_req, res) => {
    let answers = true;
    try {
      deps.store.sessionById('readyz');
    } catch {
      answers = false;
    }
    const checks = { storeAnswers: answers, storeWritable: deps.store.isWritable() && !deps.store.writeFailing, diskAboveFloor: !deps.disk.isLow() };
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json({ ok, checks });
  });
  return router;
}
