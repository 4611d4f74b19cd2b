// Builds the whole server without listening, so tests start it on an ephemeral port.
import { createServer } from 'node:http';
import { nanoid } from 'nanoid';
import { Server } from 'socket.io';
import { boardLimits } from '../shared/limits';
import { Cluster } from './cluster';
import { SessionHub } from './session/hub';
import { defaultLiveSessionBudget } from './guards/memoryBudget';
import { expressApp } from './http/expressApp';
import { CreationBudget, type CreationBytes } from './http/creationBudget';
import { DiskSpace } from './ops/diskSpace';
import { guardedStore } from './store/guarded';
import { PdfPrinter } from './export/pdf';
import { KeyAttempts, type WrongKeyBudget } from './guards/keyAttempts';
import type { SharedBuckets } from './guards/budget';
import { FailureLimiter } from './guards/joinCodes';
import { keyRevoker, SessionKeyChanges } from './access/sessionKeyChanges';
import { attachSockets } from './socket';
import { FanOut, type PhoneBatching } from './socket/phoneBatches';
import { startRetention } from './ops/retention';
import { defaultMaxBufferedTotal } from './socket/outbox';
import { PresenceTracker } from './socket/presence';
import { preparedParser } from './socket/preparedJson';
import { Turns } from './socket/turns';
import { joinsPerAddress as newJoinsPerAddress } from './socket/throttle';
import { ADDRESS_JOIN_RATE, DEFAULT_MAX_BUFFERED_BYTES, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, DEFAULT_MIN_FREE_DISK_MB, JOINS_WAITING, MAX_SOCKET_MESSAGE_BYTES, SESSION_IDLE_MS, SOCKET_BURST, SOCKET_RATE } from './tuning';
import { type AppServer, isWatchedIn, presenceRooms, roomOf } from './socket/types';
import { mountRoutes } from './http/routes';
import { shutDown, startTicker } from './lifecycle';
import type { Store } from './store/types';
import { originAllowed } from './guards/origin';
import { type Logger, silentLogger } from './ops/log';
import { Metrics } from './ops/metrics';
import { Readiness } from './ops/readiness';
import { socketsByRole } from './socket/roles';
import { measuredStore } from './store/measured';

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
  /** When and how often the phones of a large session get their events gathered (socket/phoneBatches.ts). */
  phoneBatching?: PhoneBatching;
  /** How long a session nobody uses stays in memory (default 10 minutes). */
  sessionIdleMs?: number;
  /** The estimated heap all live sessions together may hold (LIVE_SESSIONS_MB; server/guards/memoryBudget.ts). */
  liveSessionBudgetBytes?: number | undefined;
  /** REDIS_URL: other nodes serve the same sessions from the same store (docs/scaling.md). */
  redisUrl?: string | undefined;
  /** REDIS_PREFIX: every Redis key and channel of this app starts with it. */
  redisPrefix?: string;
}

export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const allowedOrigins = deps.allowedOrigins ?? [];
  const log = deps.logger ?? silentLogger();
  const metrics = deps.metrics ?? new Metrics();
  const disk = new DiskSpace(deps.dataDir, deps.minFreeDiskBytes ?? DEFAULT_MIN_FREE_DISK_MB * 1024 * 1024);
  const guarded = guardedStore(deps.store, disk);
  const store = measuredStore(guarded, metrics);
  const readiness = readinessChecks(deps.readiness ?? new Readiness(), store, guarded, disk);
  const trustProxy = deps.trustProxy ?? false;
  const app = expressApp({ log, metrics, trustProxy, allowedOrigins });

  const httpServer = createServer(app);
  const io = socketServer(httpServer, allowedOrigins);

  const fanOut = new FanOut(io, deps.phoneBatching);
  const hub = new SessionHub(store, (sessionId, events, timeline) => fanOut.deliver(sessionId, events, timeline));
  const maxConnectionsPerAddress = deps.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
  const endSession = sessionEnder(io);
  const { cluster, presence, keyChanges } = nodesAndPresence(deps, { io, hub, log, maxConnectionsPerAddress, endSession, store });
  const { joinLimiter, keyAttempts, creationBudget, joinsPerAddress, ideaLimits } = budgets(deps, maxConnectionsPerAddress, cluster?.buckets);
  const retentionDays = deps.retentionDays ?? 0;
  const routeDeps = { hub, now, publicUrl: deps.publicUrl, adminToken: deps.adminToken, joinLimiter, keyAttempts, creationBudget, retentionDays, keyChanges };
  const printer = new PdfPrinter();
  const disconnectSession = (sessionId: string) => {
    endSession(sessionId);
    cluster?.removed(sessionId);
  };

  mountRoutes(app, deps, { routeDeps, readiness, metrics, printer, disconnectSession, cluster });

  const stopSockets = attachSockets(
    io,
    { hub, presence, now, newId: nanoid, publicUrl: deps.publicUrl, adminToken: deps.adminToken, joinLimiter, keyAttempts, keyChanges, telemetry: { log, metrics }, trustProxy, joinsPerAddress, ideaLimits, joinTurns: new Turns(JOINS_WAITING), cluster },
    {
      maxConnectionsPerAddress,
      maxBufferedBytes: deps.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
      maxBufferedTotal: deps.maxBufferedTotal ?? defaultMaxBufferedTotal(),
    },
  );
  liveGauges(metrics, io, hub, cluster);

  const ticker = startTicker(hub, io, now, { idleMs: deps.sessionIdleMs ?? SESSION_IDLE_MS, budgetBytes: deps.liveSessionBudgetBytes ?? defaultLiveSessionBudget() });
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
    /** Graceful: see shutDown. */
    close: () => shutDown({ readiness, ticker, retention, stopSockets, httpServer, hub, fanOut, presence, printer, io, store, cluster }),
  };
}

export type App = ReturnType<typeof createApp>;

function readinessChecks(readiness: Readiness, store: Store, guarded: ReturnType<typeof guardedStore>, disk: DiskSpace): Readiness {
  return readiness
    .add('store', async () => (await store.ping(), null))
    .add('writable', () => (!store.isWritable() ? 'the database is read-only' : guarded.writeFailing ? 'the last write failed' : null))
    .add('disk', () => (disk.isLow() ? 'free disk space is under the floor' : null));
}

function socketServer(httpServer: ReturnType<typeof createServer>, allowedOrigins: string[]): AppServer {
  return new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    perMessageDeflate: false,
    serveClient: false,
    parser: preparedParser,
    allowRequest: (req, callback) => callback(null, originAllowed(req.headers.origin, req.headers.host, allowedOrigins)),
  });
}

/**
 * What one address, one participant or the whole server may spend (see each limiter for why). With several nodes
 * (`shared`: Redis) the budgets a client could otherwise renew by reconnecting to another node hold over all of
 * them; the per-socket ones need not (a socket lives on one node) and the connection, join and participant command
 * budgets have their cluster-wide twins in server/cluster/index.ts.
 */
function budgets(deps: AppDeps, maxConnectionsPerAddress: number, shared: SharedBuckets | undefined) {
  return {
    joinLimiter: new FailureLimiter(shared),
    keyAttempts: new KeyAttempts(deps.wrongKeyBudget, shared),
    creationBudget: new CreationBudget(deps.creationBytes, shared),
    joinsPerAddress: newJoinsPerAddress(maxConnectionsPerAddress),
    ideaLimits: {
      ideasPerBoard: boardLimits.ideasPerBoard,
      // Never above the board's own limit, which the import size is computed from.
      ideasPerParticipant: Math.min(deps.maxIdeasPerParticipant ?? boardLimits.ideasPerParticipant, boardLimits.ideasPerBoard),
    },
  };
}

function liveGauges(metrics: Metrics, io: AppServer, hub: SessionHub, cluster: Cluster | undefined): void {
  metrics.labelledGaugeFrom('ootb_sockets', 'Connected sockets by role (unjoined: connected, not in a session yet)', 'role', () => socketsByRole(io));
  metrics.gaugeFrom('ootb_live_sessions', 'Sessions held in memory (idle ones leave after a while)', () => hub.liveSessionIds().length);
  if (cluster) metrics.gaugeFrom('ootb_cluster_nodes', 'Nodes seen alive at the last heartbeat, this one included (REDIS_URL)', () => cluster.nodes.aliveNodes.length);
}

interface NodeParts {
  io: AppServer;
  hub: SessionHub;
  log: Logger;
  maxConnectionsPerAddress: number;
  endSession: (sessionId: string) => void;
  store: Store;
}

/** With REDIS_URL the other nodes serving the same sessions (docs/scaling.md); presence counts their phones too. */
function nodesAndPresence(deps: AppDeps, { io, hub, log, maxConnectionsPerAddress, endSession, store }: NodeParts) {
  const keyRevoked = keyRevoker(io, hub);
  const isWatched = isWatchedIn(io);
  const cluster = deps.redisUrl
    ? new Cluster(
        {
          redisUrl: deps.redisUrl,
          prefix: deps.redisPrefix ?? 'ootb:',
          maxConnectionsPerAddress,
          commandBudget: { capacity: SOCKET_BURST, perSecond: SOCKET_RATE },
          joinsPerSecond: ADDRESS_JOIN_RATE,
          log,
        },
        {
          sessions: hub.replicated,
          isWatched,
          presenceChanged: (sessionId) => presence.changedElsewhere(sessionId),
          disconnectSession: endSession,
          keyRevoked,
          forgetKeys: () => hub.records.forgetAll(),
        },
      )
    : undefined;
  if (cluster) hub.replicateWith(cluster.replication);
  const presence = new PresenceTracker(
    (sessionId, p, audience) => {
      io.to(presenceRooms(sessionId, audience)).emit('presence', p);
      if (audience !== 'phones') cluster?.presenceHere(sessionId, presence.onlineHere(sessionId));
    },
    undefined,
    (sessionId) => cluster?.othersOnline(sessionId) ?? 0,
  );
  // A replaced key stops working here at once, and on the other nodes through the bus.
  return { cluster, presence, keyChanges: new SessionKeyChanges(store, keyRevoked, cluster) };
}

/** Tells the open screens of a deleted session that it ended, and closes their connections. */
function sessionEnder(io: AppServer): (sessionId: string) => void {
  return (sessionId) => {
    io.to(roomOf(sessionId)).emit('ended', { reason: 'deleted' });
    io.in(roomOf(sessionId)).disconnectSockets(true);
  };
}
