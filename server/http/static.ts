import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** The built client, with every unknown non-API path answered by index.html (the client routes). */
export function staticClient(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return router;
  router.use(express.static(distDir, { index: false, maxAge: '1y', immutable: true }));
  router.get(/^\/(?!api\/|socket\.io\/|healthz).*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
