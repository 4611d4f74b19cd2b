// Several nodes in one test process: each its own app, store connection and Redis links, one shared SQLite file
// and a Redis key prefix of their own — a cluster small enough for the server suite (the process-level one with
// PostgreSQL and HAProxy is test/cluster/multiNode.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { AppDeps } from '../../server/app';
import { openSqliteStore } from '../../server/store/sqlite';
import { newId, startServer, type TestServer } from './testServer';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Deletes every key under `prefix`, so tests leave the shared Redis as they found it. */
export async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export async function startCluster(count: number, opts: Partial<AppDeps> = {}): Promise<{ nodes: TestServer[]; file: string; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-cluster-'));
  const file = path.join(dir, 'shared.sqlite');
  const prefix = `ootb-test:${newId()}:`;
  const nodes: TestServer[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push(await startServer({ ...opts, store: openSqliteStore(file), redisUrl: TEST_REDIS_URL, redisPrefix: prefix }));
  }
  await Promise.all(nodes.map((node) => node.server.cluster!.ready));
  // Each node has seen the others alive (the first heartbeats ran before all of them had started).
  await Promise.all(nodes.map((node) => node.server.cluster!.nodes.beat()));
  return {
    nodes,
    file,
    async close() {
      await Promise.all(nodes.map((node) => node.close()));
      await dropRedisPrefix(TEST_REDIS_URL, prefix);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
