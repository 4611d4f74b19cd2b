// Composition root: configuration from the environment, the store (SQLite, or PostgreSQL with DATABASE_URL), logs,
// metrics and a listening server.
import fs from 'node:fs';
import { createApp } from './app';
import { configFromEnv, pidFile } from './config';
import { logEveryExit } from './exitLog';
import { createLogger } from './log';
import { Metrics } from './metrics';
import { removePidFile, runningServerPid, writePidFile } from './pidFile';
import { openStore } from './store/open';

/** systemd's default stop timeout is 90 s; ours promises 10. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

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
const pidPath = pidFile(config);
const other = runningServerPid(pidPath);
if (other !== null && other !== process.pid) {
  log.fatal({ pid: other, dataDir: config.dataDir }, 'another server is already running on this data directory');
  process.exit(1);
}
writePidFile(pidPath);
process.once('exit', () => removePidFile(pidPath));

// Nodes that each kept their own SQLite file would each number the same sessions on their own.
if (config.redisUrl && !config.databaseUrl) {
  log.fatal('REDIS_URL (several nodes) needs DATABASE_URL: the nodes must share one event log');
  process.exit(1);
}
const store = await openStore(config);
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
