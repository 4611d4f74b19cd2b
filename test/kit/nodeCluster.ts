// Three production builds of the app as processes on loopback ports, sharing one event log (PostgreSQL, a cluster
// of the test's own) and a Redis of the test's own, behind HAProxy running deploy/haproxy.cfg.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { type Haproxy, startHaproxy } from './haproxy';
import { createPgCluster, type PgCluster } from './pgCluster';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from './process';
import { type RedisServer, startRedisServer } from './redisServer';
import { type Created, Mirror, newId, participantCredentials } from './testServer';
import type { ServerBuild } from './serverBuild';

export interface NodeCluster {
  nodes: ServerProcess[];
  proxy: Haproxy;
  redis: RedisServer;
  pg: PgCluster;
  createSession(): Promise<Created>;
  /** The stored sequence numbers of a session, in order, read from the database itself. */
  storedSeqs(sessionId: string): number[];
  /** How many stored `idea:added` events each idea id has. */
  storedIdeaCounts(sessionId: string): Map<string, number>;
  close(): Promise<void>;
}

export async function startNodeCluster(build: ServerBuild, count: number): Promise<NodeCluster> {
  const [redis, pg] = await Promise.all([startRedisServer(), createPgCluster()]);
  const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, REDIS_PREFIX: `ootb-${newId()}:`, TRUST_PROXY: '1', LOG_LEVEL: 'info' };
  const dirs: string[] = [];
  const nodes: ServerProcess[] = [];
  for (let i = 0; i < count; i++) {
    const dir = freshDataDir();
    dirs.push(dir);
    nodes.push(await spawnServer(dir, env, { script: build.main }));
  }
  const proxy = await startHaproxy(nodes.map((node) => new URL(node.url).host));
  const query = (sql: string) => execFileSync('psql', [pg.url, '-tA', '-c', sql], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  return {
    nodes,
    proxy,
    redis,
    pg,
    async createSession() {
      const res = await fetch(`${proxy.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as Created;
    },
    storedSeqs: (sessionId) => query(`SELECT seq FROM events WHERE session_id = '${sessionId}' ORDER BY seq`).map(Number),
    storedIdeaCounts(sessionId) {
      const rows = query(`SELECT body::json->'idea'->>'id' FROM events WHERE session_id = '${sessionId}' AND body::json->>'type' = 'idea:added'`);
      const counts = new Map<string, number>();
      for (const id of rows) counts.set(id, (counts.get(id) ?? 0) + 1);
      return counts;
    },
    async close() {
      await proxy.stop();
      await Promise.all(nodes.map((node) => node.kill()));
      await Promise.all([redis.stop(), pg.drop()]);
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A phone that goes through the load balancer, with its session in the handshake as the real client sends it. */
export function phoneThrough(url: string, created: Created): Mirror {
  return new Mirror(connectTo(url, { query: { session: created.joinCode } }));
}

/** Joins as a new participant and again after every reconnect, as the real client does. */
export async function joinedPhone(mirror: Mirror, created: Created, name: string): Promise<Mirror> {
  const ack = await mirror.stayJoined({ role: 'participant', joinCode: created.joinCode, ...participantCredentials(name) });
  if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
  return mirror;
}

/** The node whose log shows the most socket connections since `before` (what HAProxy hashed the session to). */
export function busiestNode(nodes: ServerProcess[], before: number[]): number {
  const counts = nodes.map((node, i) => (node.output().match(/socket connected/g)?.length ?? 0) - (before[i] ?? 0));
  return counts.indexOf(Math.max(...counts));
}

export const connectionCounts = (nodes: ServerProcess[]) => nodes.map((node) => node.output().match(/socket connected/g)?.length ?? 0);
