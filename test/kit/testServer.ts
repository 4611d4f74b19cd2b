// Starts the real server (the one place a test server is made: the kit's fixtures call this) on an ephemeral port with a
// temporary database (a SQLite file, or with TEST_STORE=postgres a fresh PostgreSQL database), and real socket.io clients.
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { io as connect, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import { type AppDeps, createApp } from '../../server/app';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';
import { databaseFor, onPostgres } from './postgres';
import { freshDataDir } from './process';
import type { CreateSessionRequest } from '../../shared/http/sessions';
import { type Created, Mirror, participantCredentials, type TestSocket } from './mirror';
import { createWorkshop } from './workshops';

// Where they lived before the kit: tests written against this module keep working.
export { type Created, Mirror, newId, participantCredentials, type TestSocket } from './mirror';

/** For tests that send thousands of wrong keys on purpose: the wrong-key limit must not answer in their place. */
export const MANY_WRONG_KEYS = { burst: 1e9, perSecond: 1e9 };

export async function startServer(opts: Partial<AppDeps> & { dataDir?: string; port?: number; host?: string } = {}) {
  const dataDir = opts.dataDir ?? freshDataDir();
  const { store, dispose } = opts.store ? { store: opts.store, dispose: async () => {} } : await testStore(dataDir);
  // A small free-space floor: a test machine's disk may be fuller than a server's should be.
  const server = createApp({ distDir: path.join(dataDir, 'no-client'), minFreeDiskBytes: 16 * 1024 * 1024, ...opts, dataDir, store });
  await new Promise<void>((resolve) => server.httpServer.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const sockets: TestSocket[] = [];

  return {
    url,
    dataDir,
    server,
    /** The store itself, for tests that read what was stored (the app goes through the hub). */
    store,
    createSession: (body: CreateSessionRequest = {}): Promise<Created> => createWorkshop(url, body),
    /** A socket that does not reconnect; `options` for another transport or the headers of a proxy in front. */
    connect(options: Partial<ManagerOptions & SocketOptions> = {}): TestSocket {
      const socket: TestSocket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...options });
      sockets.push(socket);
      return socket;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await server.close();
      await dispose();
    },
  };
}
export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** The engine the suite runs on: SQLite in `dataDir`, or a PostgreSQL database of its own dropped after. */
async function testStore(dataDir: string): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (!onPostgres) return { store: openSqliteStore(path.join(dataDir, 'test.sqlite')), dispose: async () => {} };
  return { store: await openPostgresStore(await databaseFor(dataDir), { poolSize: 4 }), dispose: async () => {} };
}

export async function joinAsFacilitator(server: TestServer, created: Created): Promise<Mirror> {
  const mirror = new Mirror(server.connect());
  const ack = await mirror.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  if (!ack.ok) throw new Error(`facilitator join failed: ${ack.code}`);
  return mirror;
}

export async function joinAsParticipant(server: TestServer, created: Created, name = 'Deltager') {
  const credentials = participantCredentials(name);
  const mirror = new Mirror(server.connect());
  const ack = await mirror.join({ role: 'participant', joinCode: created.joinCode, ...credentials });
  if (!ack.ok) throw new Error(`participant join failed: ${ack.code}`);
  return Object.assign(mirror, { credentials });
}
