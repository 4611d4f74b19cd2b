// Composition root: configuration from the environment, the store (SQLite, or PostgreSQL with DATABASE_URL), logs,
// metrics and a listening server.
import fs from 'node:fs';
import { createApp } from './app';
import { configFromEnv, lockFile } from './config';
import { logEveryExit } from './ops/exitLog';
import { createLogger } from './ops/log';
import { Metrics } from './ops/metrics';
import { lockDataDir } from './ops/dataDirLock';
import { openStore } from './store/open';
import { SHUTDOWN_TIMEOUT_MS } from './tuning';


const config = configFromEnv();
const log = createLogger();
// Holds the app once it is built; a stop signal before that only exits.
const running: { server?: ReturnType<typeof createApp> } = {};
logEveryExit(log, () => {
  const { server } = running;
  if (!server) process.exit(0);
  const deadline = setTimeout(() => {
    log.error('shutdown took longer than 10 s; exiting anyway');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  deadline.unref();
  server
    .close()
    .then(() => {
      log.info('stopped');
      process.exit(0);
    })
    .catch((error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
});
fs.mkdirSync(config.dataDir, { recursive: true });
// Held until the process ends, whichever way it ends: the kernel lets go of it.
if (!lockDataDir(lockFile(config), 'server')) {
  log.fatal({ dataDir: config.dataDir }, 'another server (or a restore) is already running on this data directory');
  process.exit(1);
}

// Nodes that each kept their own SQLite file would each number the same sessions on their own.
if (config.redisUrl && !config.databaseUrl) {
  log.fatal('REDIS_URL (several nodes) needs DATABASE_URL: the nodes must share one event log');
  process.exit(1);
}
const store = await openStore(config, (report) => {
  if (report.from === report.to) return;
  if (report.from > 0 && !report.backup) log.warn({ from: report.from }, 'no copy was taken before migrating (pg_dump is not installed): keep your own dump');
  log.info(report, `database migrated from schema version ${report.from} to ${report.to}`);
}).catch((error: unknown) => {
  // A database a newer release upgraded, or one that cannot be migrated: say why in one line, change nothing more.
  log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
const server = createApp({
  store,
  publicUrl: config.publicUrl,
  adminToken: config.adminToken,
  metricsToken: config.metricsToken,
  allowedOrigins: config.allowedOrigins,
  trustProxy: config.trustProxy,
  retentionDays: config.retentionDays,
  maxConnectionsPerAddress: config.maxConnectionsPerAddress,
  maxIdeasPerParticipant: config.maxIdeasPerParticipant,
  liveSessionBudgetBytes: config.liveSessionBudgetBytes,
  logger: log,
  metrics: new Metrics({ processMetrics: true }),
  dataDir: config.dataDir,
  minFreeDiskBytes: config.minFreeDiskBytes,
  redisUrl: config.redisUrl,
  redisPrefix: config.redisPrefix,
});

running.server = server;
server.httpServer.listen(config.port, config.host, () => {
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, dataDir: config.dataDir, node: process.version }, `Out of the Box listening on http://localhost:${port}`);
});
