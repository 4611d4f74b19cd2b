// Composition root: configuration from the environment, the SQLite store, and a listening server.
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from './app';
import { configFromEnv } from './config';
import { openSqliteStore } from './store/sqlite';

const config = configFromEnv();
fs.mkdirSync(config.dataDir, { recursive: true });
const store = openSqliteStore(path.join(config.dataDir, 'outofthebox.sqlite'));
const server = createApp({
  store,
  publicUrl: config.publicUrl,
  adminToken: config.adminToken,
  allowedOrigins: config.allowedOrigins,
  trustProxy: config.trustProxy,
  maxConnectionsPerAddress: config.maxConnectionsPerAddress,
  maxIdeasPerParticipant: config.maxIdeasPerParticipant,
});

server.httpServer.listen(config.port, () => {
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Out of the Box listening on http://localhost:${port} (data in ${config.dataDir})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
