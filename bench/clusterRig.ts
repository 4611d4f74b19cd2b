// The deployments the cluster scenario compares (bench/cluster.ts), each behind HAProxy running deploy/haproxy.cfg:
// nodes of the production build, on SQLite or on a PostgreSQL cluster of the run's own, with or without a Redis of
// its own. The shared PostgreSQL and Redis of the machine are never touched.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HAPROXY, startHaproxy } from '../test/kit/haproxy';
import { createPgCluster, newPgClusterName } from '../test/kit/pgCluster';
import { startRedisServer } from '../test/kit/redisServer';
import { newId } from '../test/kit/mirror';
import { type ServerProcess, spawnServer } from '../test/kit/process';
import type { ServerBuild } from '../test/kit/serverBuild';
import { stopServer } from './targets';

export interface Setup {
  name: string;
  nodes: number;
  store: 'sqlite' | 'postgres';
  redis: boolean;
}

export interface Rig {
  /** HAProxy's address: phones add `?session=<join code>` as the client does. */
  url: string;
  nodes: ServerProcess[];
  /** The database's and Redis's processes right now (PostgreSQL starts a process per connection). */
  backendPids(): number[];
  stop(): Promise<void>;
}

/** Why the scenario cannot run here, or undefined when it can. */
export function missingTools(): string | undefined {
  const tools = { haproxy: HAPROXY, pg_createcluster: '/usr/bin/pg_createcluster', 'redis-server': '/usr/bin/redis-server', 'redis-cli': '/usr/bin/redis-cli', psql: '/usr/bin/psql' };
  const missing = Object.entries(tools).filter(([, file]) => !fs.existsSync(file)).map(([name]) => name);
  return missing.length ? `${missing.join(', ')} not installed (apt-get install haproxy postgresql redis-server)` : undefined;
}

const lines = (file: string, args: string[]) => execFileSync(file, args, { encoding: 'utf8' }).trim().split('\n').filter(Boolean);

/** With `profileDir` every node runs under --cpu-prof (a file per node) and is stopped gently so it is written. */
export async function startRig(build: ServerBuild, setup: Setup, profileDir?: string): Promise<Rig> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const env: Record<string, string> = { TRUST_PROXY: '1', MAX_CONNECTIONS_PER_ADDRESS: '5000' };
    const backends: (() => number[])[] = [];
    if (setup.store === 'postgres') {
      // pg_ctlcluster runs it as a daemon: a run interrupted (Ctrl-C), even while it is being made, must not leave it.
      const name = newPgClusterName();
      const dropOnExit = () => {
        try {
          execFileSync('pg_dropcluster', ['--stop', '15', name], { stdio: 'ignore' });
        } catch {
          // not made yet, or already gone
        }
      };
      process.once('exit', dropOnExit);
      const pg = await createPgCluster(name);
      stops.push(async () => {
        process.off('exit', dropOnExit);
        await pg.drop();
      });
      env.DATABASE_URL = pg.url;
      backends.push(() => lines('psql', [pg.url, '-tA', '-c', 'SELECT pid FROM pg_stat_activity']).map(Number));
    }
    if (setup.redis) {
      const redis = await startRedisServer();
      stops.push(() => redis.stop());
      Object.assign(env, { REDIS_URL: redis.url, REDIS_PREFIX: `ootb-bench-${newId()}:` });
      const port = new URL(redis.url).port;
      backends.push(() => lines('redis-cli', ['-p', port, 'info', 'server']).flatMap((l) => (l.startsWith('process_id:') ? [Number(l.split(':')[1])] : [])));
    }
    const nodes: ServerProcess[] = [];
    for (let i = 0; i < setup.nodes; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ootb-bench-node${i + 1}-`));
      stops.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, setup.name.replace(/\W+/g, '-'))}`] : [];
      const node = await spawnServer(dir, env, { script: build.main, nodeArgs });
      stops.push(() => stopServer(node, Boolean(profileDir)));
      nodes.push(node);
    }
    const proxy = await startHaproxy(nodes.map((node) => new URL(node.url).host));
    stops.push(() => proxy.stop());
    return { url: proxy.url, nodes, backendPids: () => backends.flatMap((pids) => pids()), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
