// Builds the whole server without listening, so tests start it on an ephemeral port.
import { createServer } from 'node:http';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { nanoid } from 'nanoid';
import { Server } from 'socket.io';
import { boardLimits } from '../shared/limits';
import { SessionHub } from './hub';
import { errorHandler } from './http/errors';
import { adminRoutes } from './http/admin';
import { PdfPrinter } from './export/pdf';
import { exportRoutes } from './http/exports';
import { IMPORT_PATH, importRoutes } from './http/importSession';
import { sessionRoutes } from './http/sessions';
import { staticClient } from './http/static';
import { KeyedLimiter } from './rateLimit';
import { attachSockets } from './socket';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from './socket/connectionCap';
import { DEFAULT_MAX_BUFFERED_BYTES, defaultMaxBufferedTotal } from './socket/outbox';
import { PresenceTracker } from './socket/presence';
import { Turns } from './socket/turns';
import { joinsPerAddress as newJoinsPerAddress } from './socket/throttle';
import { type AppServer, roomOf } from './socket/types';
import type { Store } from './store/types';
import { originAllowed } from './origin';

export interface AppDeps {
  store: Store;
  now?: () => number;
  publicUrl?: string | undefined;
  adminToken?: string | undefined;
  allowedOrigins?: string[];
  trustProxy?: boolean;
  distDir?: string;
  /** Concurrent sockets per address (MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress?: number;
  /** Unread bytes one socket may hold before it is dropped. */
  maxBufferedBytes?: number;
  /** Unread bytes of all sockets together before the fullest are dropped. */
  maxBufferedTotal?: number;
  /** Ideas one participant may add (MAX_IDEAS_PER_PARTICIPANT); boardLimits.ideasPerParticipant by default. */
  maxIdeasPerParticipant?: number | undefined;
  /** How long a session nobody uses stays in memory (default 10 minutes). */
  sessionIdleMs?: number;
}

const SESSION_IDLE_MS = 10 * 60_000;

export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const allowedOrigins = deps.allowedOrigins ?? [];
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(
    helmet({
      // Self-hosted on plain http inside a venue is normal: no forced https.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:'] } },
      strictTransportSecurity: false,
    }),
  );
  app.use((req, res, next) => {
    if (originAllowed(req.get('origin'), req.get('host'), allowedOrigins)) return next();
    res.status(403).json({ ok: false, code: 'forbidden', message: 'Origin not allowed' });
  });
  // New workshops and imports cost storage (an import up to 16 MB): a generous budget per address.
  const createLimiter = new KeyedLimiter(60, 1);
  app.post(['/api/sessions', IMPORT_PATH], (req, res, next) => {
    if (createLimiter.take(req.ip ?? '')) return next();
    res.status(429).json({ ok: false, code: 'rate_limited', message: 'Too many new workshops from this address' });
  });
  const smallJson = express.json({ limit: '64kb' });
  // An import brings a whole exported session: its route reads the body itself, with a larger limit.
  app.use((req, res, next) => (req.path === IMPORT_PATH ? next() : smallJson(req, res, next)));

  const httpServer = createServer(app);
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: 64 * 1024,
    perMessageDeflate: false,
    serveClient: false,
    allowRequest: (req, callback) => callback(null, originAllowed(req.headers.origin, req.headers.host, allowedOrigins)),
  });

  const hub = new SessionHub(deps.store, (sessionId, events) => io.to(roomOf(sessionId)).emit('events', events));
  const presence = new PresenceTracker((sessionId, p) => io.to(roomOf(sessionId)).emit('presence', p));
  const joinLimiter = new KeyedLimiter(20, 0.5);
  const joinsPerAddress = newJoinsPerAddress();
  const ideaLimits = {
    ideasPerBoard: boardLimits.ideasPerBoard,
    // Never above the board's own limit, which the import size is computed from.
    ideasPerParticipant: Math.min(deps.maxIdeasPerParticipant ?? boardLimits.ideasPerParticipant, boardLimits.ideasPerBoard),
  };
  const routeDeps = { hub, now, publicUrl: deps.publicUrl, adminToken: deps.adminToken, joinLimiter };
  const printer = new PdfPrinter();
  const disconnectSession = (sessionId: string) => io.in(roomOf(sessionId)).disconnectSockets(true);

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(importRoutes(routeDeps));
  app.use(sessionRoutes(routeDeps));
  app.use(exportRoutes({ ...routeDeps, printer }));
  app.use(adminRoutes({ hub, adminToken: deps.adminToken, disconnectSession }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, code: 'not_found', message: 'No such endpoint' });
  });
  app.use(staticClient(deps.distDir ?? path.resolve('dist')));
  app.use(errorHandler);

  const stopSockets = attachSockets(
    io,
    { hub, presence, now, newId: nanoid, publicUrl: deps.publicUrl, adminToken: deps.adminToken, joinLimiter, joinsPerAddress, ideaLimits, joinTurns: new Turns(2_000) },
    {
      maxConnectionsPerAddress: deps.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
      maxBufferedBytes: deps.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
      maxBufferedTotal: deps.maxBufferedTotal ?? defaultMaxBufferedTotal(),
      trustProxy: deps.trustProxy ?? false,
    },
  );

  const idleMs = deps.sessionIdleMs ?? SESSION_IDLE_MS;
  const isWatched = (sessionId: string) => (io.sockets.adapter.rooms.get(roomOf(sessionId))?.size ?? 0) > 0;
  const ticker = setInterval(() => {
    hub.tick(now());
    try {
      hub.evictIdle(idleMs, isWatched, now());
    } catch (error) {
      console.error('evicting idle sessions failed', error); // they stay, and are tried again next second
    }
  }, 1000);
  ticker.unref();

  return {
    app,
    httpServer,
    io,
    hub,
    async close() {
      clearInterval(ticker);
      stopSockets();
      presence.close();
      await printer.close();
      const closing = io.close();
      // Browsers keep HTTP connections alive; shutting down must not wait for them to be dropped.
      httpServer.closeAllConnections();
      await closing;
      await hub.flushed();
      hub.storeListings();
      deps.store.close();
    },
  };
}

export type App = ReturnType<typeof createApp>;
