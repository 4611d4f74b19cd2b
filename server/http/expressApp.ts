// The Express app before its routes: request log, security headers, origin check, compression and the JSON body parsers.
import { createHash } from 'node:crypto';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { JOIN_SHELL_SCRIPT } from '../../shared/page/joinShell';
import type { Logger } from '../ops/log';
import type { Metrics } from '../ops/metrics';
import { originAllowed } from '../guards/origin';
import { IMPORT_PATH } from './importSession';
import { requestLog } from './requestLog';
import { HASHED_ASSETS } from './static';
import { API_COMPRESSION_FROM_BYTES } from '../tuning';


export interface ExpressAppOptions {
  log: Logger;
  metrics: Metrics;
  trustProxy: boolean;
  allowedOrigins: string[];
}

export function expressApp({ log, metrics, trustProxy, allowedOrigins }: ExpressAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.locals.log = log;
  // One hop: the proxy's own X-Forwarded-For entry, never what a client wrote before it.
  app.set('trust proxy', trustProxy ? 1 : false);
  app.use(requestLog(log, metrics));
  app.use(securityHeaders());
  app.use((req, res, next) => {
    if (originAllowed(req.get('origin'), req.get('host'), allowedOrigins)) return next();
    res.status(403).json({ ok: false, code: 'forbidden', message: 'Origin not allowed' });
  });
  // Large API answers (a whole session, JSON/CSV exports, the report) compressed on the fly, brotli first;
  // small ones are not worth the CPU, and XLSX/PDF are compressed already. The client's files are
  // precompressed at build time (server/http/static.ts) and Socket.IO never passes through Express.
  app.use('/api', compression({ threshold: API_COMPRESSION_FROM_BYTES }));
  const smallJson = express.json({ limit: '64kb' });
  // An import brings a whole exported session: its route reads the body itself, with a larger limit.
  app.use((req, res, next) => (req.path === IMPORT_PATH ? next() : smallJson(req, res, next)));
  return app;
}

/** Documents get the full set of helmet headers; a hashed asset only what applies to a script or stylesheet. */
function securityHeaders(): express.RequestHandler {
  const documentHeaders = helmet({
    // Self-hosted on plain http inside a venue is normal: no forced https.
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        imgSrc: ["'self'", 'data:'],
        // The join page's one inline script, allowed by its hash (shared/page/joinShell.ts).
        scriptSrc: ["'self'", `'sha256-${createHash('sha256').update(JOIN_SHELL_SCRIPT).digest('base64')}'`],
      },
    },
    strictTransportSecurity: false,
  });
  // A hashed script or stylesheet is not a document: CSP, framing and referrer rules do not apply to it, and
  // their ~550 bytes on each of a phone's first-load files add up on a slow network. nosniff and CORP stay.
  const assetHeaders = helmet({
    contentSecurityPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    strictTransportSecurity: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  return (req, res, next) => (req.path.startsWith(HASHED_ASSETS) ? assetHeaders : documentHeaders)(req, res, next);
}
