// Builds the whole server without listening, so tests start it on an ephemeral port.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { nanoid } from 'nanoid';
import { Server } from 'socket.io';
import { boardLimits } from '../shared/limits';
import { Cluster } from './cluster';
import { SessionHub } from './hub';
import { errorHandler } from './http/errors';
import { CreationBudget, type CreationBytes } from './http/creationBudget';
import { DEFAULT_MIN_FREE_DISK_MB, DiskSpace } from './diskSpace';
import { guardedStore } from './store/guarded';
import { adminRoutes } from './http/admin';
import { ExportQueue } from './export/exportQueue';
import { PdfPrinter } from './export/pdf';
import { exportRoutes } from './http/exports';
import { IMPORT_PATH, importRoutes } from './http/importSession';
import { joinTitleOf, sessionRoutes } from './http/sessions';
import { JOIN_SHELL_SCRIPT } from '../client/screens/joinShell';
import { HASHED_ASSETS, staticClient } from './http/static';
import { addressGroup } from './addressGroup';
import { KeyAttempts, type WrongKeyBudget } from './keyAttempts';
import { FailureLimiter, KeyedLimiter, TokenBucket } from './rateLimit';
import { attachSockets } from './socket';
import { fanOut } from './socket/fanout';
import { startRetention } from './retention';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from './socket/connectionCap';
import { DEFAULT_MAX_BUFFERED_BYTES, defaultMaxBufferedTotal } from './socket/outbox';
import { PresenceTracker } from './socket/presence';
import { Turns } from './socket/turns';
import { joinsPerAddress as newJoinsPerAddress } from './socket/throttle';
import { type AppServer, roomOf } from './socket/types';
import type { Store } from './store/types';
import { originAllowed } from './origin';
import { backupRoutes } from './http/backup';
import { opsRoutes } from './http/ops';
import { requestLog } from './http/requestLog';
import { type Logger, silentLogger } from './log';
import { Metrics } from './metrics';
import { Readiness } from './readiness';
import { socketsByRole } from './socket/roles';
import { measuredStore } from './store/measured';

const API_COMPRESSION_FROM_BYTES = 4 * 1024;

export interface AppDeps {
  store: Store;
  now?: () => number;
  publicUrl?: string | undefined;
  adminToken?: string | undefined;
  allowedOrigins?: string[];
  trustProxy?: boolean;
  distDir?: string;
  /** Days after its date a session is deleted (0: never); the default keeps them for ever, as tests want. */
  retentionDays?: number;
  /** Silent unless given (tests); main.ts passes the real one. */
  logger?: Logger;
  metrics?: Metrics;
  metricsToken?: string | undefined;
  readiness?: Readiness;
  /** Wrong keys allowed per address (tests that try thousands of wrong keys on purpose raise it). */
  wrongKeyBudget?: WrongKeyBudget;
  /** Where the database lives: its file system's free space is checked against `minFreeDiskBytes`. */
  dataDir?: string;
  minFreeDiskBytes?: number;
  creationBytes?: CreationBytes;
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
  /** REDIS_URL: other nodes serve the same sessions from the same store (docs/scaling.md). */
  redisUrl?: string | undefined;
  /** REDIS_PREFIX: every Redis key and channel of this app starts with it. */
  redisPrefix?: string;
}

const SESSION_IDLE_MS = 10 * 60_000;

export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const allowedOrigins = deps.allowedOrigins ?? [];
  const log = deps.logger ?? silentLogger();
  const metrics = deps.metrics ?? new Metrics();
  const telemetry = { log, metrics };
  const disk = new DiskSpace(deps.dataDir, deps.minFreeDiskBytes ?? DEFAULT_MIN_FREE_DISK_MB * 1024 * 1024);
  const guarded = guardedStore(deps.store, disk);
  const store = measuredStore(guarded, metrics);
  const readiness = (deps.readiness ?? new Readiness())
    .add('store', async () => (await store.ping(), null))
    .add('writable', () => (!store.isWritable() ? 'the database is read-only' : guarded.writeFailing ? 'the last write failed' : null))
    .add('disk', () => (disk.isLow() ? 'free disk space is under the floor' : null));
  const trustProxy = deps.trustProxy ?? false;
  const app = express();
  app.disable('x-powered-by');
  app.locals.log = log;
  // One hop: the proxy's own X-Forwarded-For entry, never what a client wrote before it.
  app.set('trust proxy', trustProxy ? 1 : false);
  app.use(requestLog(log, metrics));
  const documentHeaders = helmet({
    // Self-hosted on plain http inside a venue is normal: no forced https.
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        imgSrc: ["'self'", 'data:'],
        // The join page's one inline script, allowed by its hash (client/screens/joinShell.ts).
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
  app.use((req, res, next) => (req.path.startsWith(HASHED_ASSETS) ? assetHeaders : documentHeaders)(req, res, next));
  app.use((req, res, next) => {
    if (originAllowed(req.get('origin'), req.get('host'), allowedOrigins)) return next();
    res.status(403).json({ ok: false, code: 'forbidden', message: 'Origin not allowed' });
  });
  // New workshops and imports cost storage (an import up to 16 MB): a generous budget per address.
  const createLimiter = new KeyedLimiter(60, 1);
  app.post(['/api/sessions', IMPORT_PATH], (req, res, next) => {
    if (createLimiter.take(addressGroup(req.ip ?? ''))) return next();
    res.status(429).json({ ok: false, code: 'rate_limited', message: 'Too many new workshops from this address' });
  });
  // Large API answers (a whole session, JSON/CSV exports, the report) compressed on the fly, brotli first;
  // small ones are not worth the CPU, and XLSX/PDF are compressed already. The client's files are
  // precompressed at build time (server/http/static.ts) and Socket.IO never passes through Express.
  app.use('/api', compression({ threshold: API_COMPRESSION_FROM_BYTES }));
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

  const hub = new SessionHub(store, (sessionId, events, timeline) => fanOut(io, sessionId, events, timeline));
  const isWatched = (sessionId: string) => (io.sockets.adapter.rooms.get(roomOf(sessionId))?.size ?? 0) > 0;
  const maxConnectionsPerAddress = deps.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
  const cluster = deps.redisUrl
    ? new Cluster(
        { redisUrl: deps.redisUrl, prefix: deps.redisPrefix ?? 'ootb:', maxConnectionsPerAddress, log },
        {
          hub,
          isWatched,
          presenceChanged: (sessionId) => io.to(roomOf(sessionId)).emit('presence', presence.presence(sessionId)),
          disconnectSession: (sessionId) => endSession(sessionId),
        },
      )
    : undefined;
  const presence = new PresenceTracker(
    (sessionId, p) => {
      io.to(roomOf(sessionId)).emit('presence', p);
      cluster?.presenceHere(sessionId, presence.onlineHere(sessionId));
    },
    undefined,
    (sessionId) => cluster?.othersOnline(sessionId) ?? 0,
  );
  // Wrong join codes: 20 per address group, then one every two seconds; and at most 10 a second over the whole server.
  const joinLimiter = new FailureLimiter(new KeyedLimiter(20, 0.5), new TokenBucket(60, 10));
  const keyAttempts = new KeyAttempts(deps.wrongKeyBudget);
  const creationBudget = new CreationBudget(deps.creationBytes);
  const retentionDays = deps.retentionDays ?? 0;
  const routeDeps = { hub, now, publicUrl: deps.publicUrl, adminToken: deps.adminToken, joinLimiter, keyAttempts, creationBudget, retentionDays, cluster };
  const joinsPerAddress = newJoinsPerAddress(maxConnectionsPerAddress);
  const ideaLimits = {
    ideasPerBoard: boardLimits.ideasPerBoard,
    // Never above the board's own limit, which the import size is computed from.
    ideasPerParticipant: Math.min(deps.maxIdeasPerParticipant ?? boardLimits.ideasPerParticipant, boardLimits.ideasPerBoard),
  };
  const printer = new PdfPrinter();
  const endSession = (sessionId: string) => {
    io.to(roomOf(sessionId)).emit('ended', { reason: 'deleted' });
    io.in(roomOf(sessionId)).disconnectSockets(true);
  };
  const disconnectSession = (sessionId: string) => {
    endSession(sessionId);
    cluster?.removed(sessionId);
  };

  app.use(opsRoutes({ readiness, metrics, metricsToken: deps.metricsToken }));
  app.use(importRoutes(routeDeps));
  app.use(sessionRoutes(routeDeps));
  app.use(exportRoutes({ ...routeDeps, printer, metrics, exportQueue: new ExportQueue() }));
  app.use(backupRoutes({ hub, adminToken: deps.adminToken, keyAttempts, metrics, now }));
  app.use(adminRoutes({ hub, adminToken: deps.adminToken, keyAttempts, disconnectSession, now, retentionDays }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ ok: false, code: 'not_found', message: 'No such endpoint' });
  });
  app.use(staticClient(deps.distDir ?? path.resolve('dist'), { joinTitle: (joinCode, ip) => joinTitleOf(routeDeps, joinCode, ip) }));
  app.use(errorHandler);

  const stopSockets = attachSockets(
    io,
    {
      hub,
      presence,
      now,
      newId: nanoid,
      publicUrl: deps.publicUrl,
      adminToken: deps.adminToken,
      joinLimiter,
      keyAttempts,
      telemetry,
      trustProxy,
      joinsPerAddress,
      ideaLimits,
      joinTurns: new Turns(2_000),
      cluster,
    },
    {
      maxConnectionsPerAddress,
      maxBufferedBytes: deps.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
      maxBufferedTotal: deps.maxBufferedTotal ?? defaultMaxBufferedTotal(),
    },
  );
  metrics.labelledGaugeFrom('ootb_sockets', 'Connected sockets by role (unjoined: connected, not in a session yet)', 'role', () => socketsByRole(io));
  metrics.gaugeFrom('ootb_live_sessions', 'Sessions held in memory (idle ones leave after a while)', () => hub.liveSessions);
  if (cluster) metrics.gaugeFrom('ootb_cluster_nodes', 'Nodes seen alive at the last heartbeat, this one included (REDIS_URL)', () => cluster.nodes.aliveNodes.length);

  const idleMs = deps.sessionIdleMs ?? SESSION_IDLE_MS;
  const ticker = setInterval(() => {
    hub.tick(now());
    try {
      hub.evictIdle(idleMs, isWatched, now());
    } catch (error) {
      console.error('evicting idle sessions failed', error); // they stay, and are tried again next second
    }
  }, 1000);
  ticker.unref();
  const retention = startRetention({ hub, retentionDays, now, disconnectSession });

  return {
    app,
    httpServer,
    io,
    hub,
    cluster,
    /** Resolves when the start-up retention sweep is done, with the ids it deleted. */
    retentionSwept: retention.swept,
    readiness,
    metrics,
    log,
    /**
     * Graceful: no new connections, every accepted write stored and acknowledged, then the sockets closed
     * (their transport, so phones reconnect by themselves to whichever server comes back), then the store.
     */
    async close() {
      readiness.drain();
      clearInterval(ticker);
      retention.stop();
      await retention.swept;
      stopSockets();
      httpServer.close();
      await hub.flushed();
      presence.close();
      await printer.close();
      const closing = io.close();
      // Browsers keep HTTP connections alive; shutting down must not wait for them to be dropped.
      httpServer.closeAllConnections();
      await closing;
      await hub.flushed();
      await hub.storeListings();
      await cluster?.close();
      await store.close();
    },
  };
}

export type App = ReturnType<typeof createApp>;
