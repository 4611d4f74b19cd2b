// A fixture for tests that kill the server: the real server as its own process on a temporary data folder,
// with a workshop created, restarted on the same data and port, and every socket and process ended after.
import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import { test as base } from 'vitest';
import type { Created, TestSocket } from './mirror';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from './process';
import { createWorkshop } from './workshops';

export interface SpawnOptions {
  /** The server's environment on every start. */
  env: Record<string, string>;
  /** The body of the workshop created at the start. */
  workshop: Record<string, unknown>;
}

export interface Spawned {
  dataDir: string;
  /** The process running now: a restart replaces it. */
  process: ServerProcess;
  url: string;
  workshop: Created;
  /** SIGKILL, then a new process on the same data and port: phones that reconnect find it where they left it. */
  restart(): Promise<ServerProcess>;
  /** A socket to it that reconnects by itself; disconnected after the test. */
  connect(options?: Partial<ManagerOptions & SocketOptions>): TestSocket;
}

export const test = base
  .extend('spawnOptions', { env: {}, workshop: {} } as SpawnOptions)
  .extend('spawned', async ({ spawnOptions }, { onCleanup }): Promise<Spawned> => {
    const dataDir = freshDataDir();
    const sockets: TestSocket[] = [];
    let running = await spawnServer(dataDir, spawnOptions.env);
    onCleanup(async () => {
      for (const socket of sockets) socket.disconnect();
      await running.kill();
    });
    const spawned: Spawned = {
      dataDir,
      process: running,
      url: running.url,
      workshop: await createWorkshop(running.url, spawnOptions.workshop),
      async restart() {
        await running.kill();
        running = await spawnServer(dataDir, { ...spawnOptions.env, PORT: new URL(spawned.url).port });
        spawned.process = running;
        return running;
      },
      connect(options = {}) {
        const socket = connectTo(spawned.url, options);
        sockets.push(socket);
        return socket;
      },
    };
    return spawned;
  });

export const it = test;
