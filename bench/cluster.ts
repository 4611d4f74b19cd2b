// BENCH_ONLY=cluster, and a scenario of the full `npm run bench`: the same phones, in several sessions,
// through HAProxy (deploy/haproxy.cfg) against one node on SQLite, one node on PostgreSQL and three nodes on
// PostgreSQL + Redis (bench/clusterRig.ts), one after the other in one run. Every phone adds ideas, then edits its
// own, at a fixed rate: the same offered load for each, so latency and CPU per write compare.
import { buildServer } from '../test/kit/serverBuild';
import { cpuMeter, cpuSeconds, rssKb } from './proc';
import { type JoinReply, sleep, type TargetAddress, wallNow } from './protocol';
import { type Rig, type Setup, startRig } from './clusterRig';
import { type JoinFigures, type WriteFigures, writes } from './scenarios';
import { seedOurs } from './seedOurs';
import { addCounts, summarise } from './stats';
import type { WorkerPool } from './workers';

export interface ClusterOptions {
  /** Phones in all, spread evenly over `sessions`. */
  phones: number;
  sessions: number;
  joinSpreadMs: number;
  writeMs: number;
  perPhoneRate: number;
  addsPerPhone: number;
}

export interface SetupFigures {
  setup: Setup;
  join: JoinFigures;
  writes: WriteFigures;
  /** Each node's share of a core during the writes. */
  nodeCores: number[];
  /** All nodes' cores together in the 2 s before, phones joined and quiet: heartbeats, sweeps, presence. */
  idleCores: number;
  /** CPU of all nodes together, and of the database and Redis, per acknowledged write (ms). */
  nodeCpuMsPerWrite: number;
  backendCpuMsPerWrite: number;
  /** Each node's resident memory after the writes (KB). */
  nodeRssKb: number[];
  /** Sessions each node holds in memory (and follows over the bus) after the writes: its /metrics. */
  liveSessions: number[];
}

async function liveSessionsOn(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^ootb_live_sessions (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

export const SETUPS: Setup[] = [
  { name: '1 node, SQLite', nodes: 1, store: 'sqlite', redis: false },
  { name: '1 node, PostgreSQL', nodes: 1, store: 'postgres', redis: false },
  { name: '3 nodes, PostgreSQL + Redis', nodes: 3, store: 'postgres', redis: true },
];

/** Every session's phones join together, each at its own moment spread over `joinSpreadMs`. */
async function joinAll(pool: WorkerPool, sessions: TargetAddress[], o: ClusterOptions): Promise<JoinFigures> {
  const startAt = wallNow() + 300;
  const perSession = Math.floor(o.phones / sessions.length);
  const offsets = (s: number, w: number) =>
    Array.from({ length: perSession }, (_, g) => g).filter((g) => g % pool.size === w).map((g) => ((g * sessions.length + s) * o.joinSpreadMs) / o.phones);
  const replies = (await Promise.all(sessions.map((target, s) => pool.all<JoinReply>((w) => ({ op: 'join', target, ideaCount: 0, startAt, offsetsMs: offsets(s, w) }))))).flat();
  return { ...summarise(replies.flatMap((r) => r.durationsMs)), failures: replies.reduce((all, r) => addCounts(all, r.failures), {}) };
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (safeCpuSeconds(pid) ?? 0), 0);
/** A database process may end between listing and reading it. */
function safeCpuSeconds(pid: number): number | undefined {
  try {
    return cpuSeconds(pid);
  } catch {
    return undefined;
  }
}

async function measureSetup(pool: WorkerPool, rig: Rig, setup: Setup, o: ClusterOptions, log: (line: string) => void): Promise<SetupFigures> {
  const seeded = await Promise.all(Array.from({ length: o.sessions }, () => seedOurs(rig.url, 0)));
  const sessions = seeded.map((s): TargetAddress => ({ kind: 'ours', url: `${rig.url}/?session=${s.joinCode}`, joinCode: s.joinCode }));
  const join = await joinAll(pool, sessions, o);
  log(`  join: ${join.n}/${o.phones} phones in ${o.sessions} sessions, p50 ${join.p50} ms, p99 ${join.p99} ms ${JSON.stringify(join.failures)}`);
  await sleep(1000);
  const nodePids = rig.nodes.map((node) => node.child.pid!);
  const idleMeter = cpuMeter(nodePids);
  await sleep(2000);
  const idleCores = Math.round(idleMeter().reduce((a, b) => a + b, 0) * 100) / 100;
  const backendsBefore = rig.backendPids();
  const nodeBefore = nodePids.map(cpuSeconds);
  const backendBefore = cpuOf(backendsBefore);
  const started = wallNow();
  const figures = await writes(pool, { ideaIds: [] }, 'ideas', o.writeMs, o.perPhoneRate, o.addsPerPhone);
  const seconds = (wallNow() - started) / 1000;
  const nodeSpent = nodePids.map((pid, i) => cpuSeconds(pid) - nodeBefore[i]!);
  // Processes that started during the writes (a new connection's backend) count from zero.
  const backendSpent = cpuOf([...new Set([...backendsBefore, ...rig.backendPids()])]) - backendBefore;
  const perWrite = (spent: number) => Math.round((spent * 1000 * 1000) / Math.max(1, figures.acked)) / 1000;
  const result: SetupFigures = {
    setup,
    join,
    writes: { ...figures, ackedIds: [] },
    nodeCores: nodeSpent.map((s) => Math.round((s / seconds) * 100) / 100),
    idleCores,
    nodeCpuMsPerWrite: perWrite(nodeSpent.reduce((a, b) => a + b, 0)),
    backendCpuMsPerWrite: perWrite(backendSpent),
    nodeRssKb: nodePids.map(rssKb),
    liveSessions: await Promise.all(rig.nodes.map((node) => liveSessionsOn(node.url))),
  };
  const { perSecond, latency, refused, rejected } = figures;
  log(`  idea writes: ${perSecond}/s acknowledged, ack p50 ${latency.p50} ms, p99 ${latency.p99} ms; refused ${refused} ${JSON.stringify(rejected)}; node cores ${result.nodeCores.join(', ')} (quiet before: ${idleCores} in all); CPU per write: nodes ${result.nodeCpuMsPerWrite} ms, database + Redis ${result.backendCpuMsPerWrite} ms; sessions live per node ${result.liveSessions.join(', ')}`);
  for (const s of seeded) s.facilitator.disconnect();
  await pool.all({ op: 'reset' });
  return result;
}

/** Each setup in turn on the same phone workers; one production build for all. */
export async function clusterScenario(pool: WorkerPool, o: ClusterOptions, log: (line: string) => void, profileDir?: string): Promise<SetupFigures[]> {
  const build = await buildServer();
  // Synchronous, so an interrupted run (Ctrl-C) removes it too.
  process.once('exit', build.remove);
  const results: SetupFigures[] = [];
  try {
    for (const setup of SETUPS) {
      log(`cluster, ${setup.name}:`);
      const rig = await startRig(build, setup, profileDir);
      try {
        results.push(await measureSetup(pool, rig, setup, o, log));
      } finally {
        await rig.stop();
      }
    }
  } finally {
    process.off('exit', build.remove);
    build.remove();
  }
  return results;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: 2 }) : '–');
const ratioOf = (a: number, b: number) => (b ? fmt(Math.round((a / b) * 100) / 100) : '');

/** The table for docs/benchmarks.md: one column per setup, and the two ratios that size docs/scaling.md. */
export function clusterTable(results: SetupFigures[], o: ClusterOptions): string {
  const [sqlite, pg, three] = results;
  if (!sqlite || !pg || !three) return '';
  const rows: [string, (f: SetupFigures) => number][] = [
    [`phones holding their board (of ${o.phones})`, (f) => f.join.n],
    ['join p50 (ms)', (f) => f.join.p50],
    ['join p99 (ms)', (f) => f.join.p99],
    [`idea writes acknowledged/s (offered ≤ ${o.phones * o.perPhoneRate}/s)`, (f) => f.writes.perSecond],
    ['idea write ack p50 (ms)', (f) => f.writes.latency.p50],
    ['idea write ack p99 (ms)', (f) => f.writes.latency.p99],
    ['writes refused or unanswered', (f) => f.writes.refused],
    ['node CPU per acknowledged write, all nodes (ms)', (f) => f.nodeCpuMsPerWrite],
    ['database + Redis CPU per acknowledged write (ms)', (f) => f.backendCpuMsPerWrite],
    ['busiest node during the writes (cores)', (f) => Math.max(...f.nodeCores)],
    ['all nodes with the phones joined and quiet (cores)', (f) => f.idleCores],
    ['node RSS after the writes, largest (MB)', (f) => Math.round(Math.max(...f.nodeRssKb) / 1024)],
  ];
  const head = `| figure | ${sqlite.setup.name} | ${pg.setup.name} | ${three.setup.name} | PostgreSQL / SQLite | 3 nodes / 1 node (PostgreSQL) |`;
  const lines = [head, '|---|--:|--:|--:|--:|--:|'];
  for (const [figure, of] of rows) lines.push(`| ${figure} | ${fmt(of(sqlite))} | ${fmt(of(pg))} | ${fmt(of(three))} | ${ratioOf(of(pg), of(sqlite))} | ${ratioOf(of(three), of(pg))} |`);
  const each = (of: (f: SetupFigures) => number[]) => results.map((f) => `${f.setup.name} ${of(f).join(' / ')}`).join('; ');
  lines.push('', `Each node, during the writes (cores): ${each((f) => f.nodeCores)}. Sessions each node held in memory after them (of ${o.sessions}): ${each((f) => f.liveSessions)}.`);
  return lines.join('\n');
}
