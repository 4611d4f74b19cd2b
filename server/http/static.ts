import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { joinCodeSchema } from '../../shared/schemas';
import { type BuildFile, scanBuild, sendBuildFile } from './buildFiles';
import { joinPages } from './joinPage';

export interface StaticClientDeps {
  /** The title of the workshop with this join code, or undefined when there is none (charged to the caller). */
  joinTitle?: (joinCode: string, ip: string) => Promise<string | undefined>;
}

/** Where the build puts files whose names carry their content's hash. */
export const HASHED_ASSETS = '/assets/';

/**
 * The built client, precompressed variants chosen by Accept-Encoding, with every unknown non-API path answered
 * by index.html (the client routes) and /j/CODE by index.html with the join page in it.
 */
export function staticClient(dist: string, deps: StaticClientDeps = {}): Router {
  const router = Router();
  const distDir = path.resolve(dist);
  const indexPath = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexPath)) return router;
  const files = scanBuild(distDir);
  const index: BuildFile = files.get('/index.html') ?? { absolute: indexPath, encodings: [] };
  const sendJoinPage = joinPages(fs.readFileSync(indexPath, 'utf8'), distDir);

  router.get(/^\/(?!api\/|socket\.io\/|healthz)/, (req, res, next) => {
    const file = files.get(req.path);
    if (file) return sendBuildFile(req, res, file, req.path.startsWith(HASHED_ASSETS));
    next();
  });
  // Files added after the server started (a rebuild beside it) are still served, uncompressed.
  router.use(express.static(distDir, { index: false, maxAge: '1y', immutable: true }));
  router.get(/^\/(?!api\/|socket\.io\/|healthz)/, async (req, res) => {
    // A missing file (robots.txt, an old build's chunk) is a 404, not the app's page under the file's name.
    if (path.extname(req.path)) return res.status(404).type('text').send('Not found');
    const joinCode = /^\/j\/([^/]+)\/?$/.exec(req.path)?.[1]?.toUpperCase();
    const parsed = joinCode ? joinCodeSchema.safeParse(joinCode) : undefined;
    const title = parsed?.success ? await deps.joinTitle?.(parsed.data, req.ip ?? '') : undefined;
    if (parsed?.success && title !== undefined) return sendJoinPage(req, res, parsed.data, title);
    sendBuildFile(req, res, index, false);
  });
  return router;
}
