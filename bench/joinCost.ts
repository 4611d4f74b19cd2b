// BENCH_ONLY=joins: the join storm alone against ours, optionally another checkout of ours (BENCH_BEFORE, to set
// two versions side by side in one run), and the relay on the same board. Per server: phones holding the board,
// time to a complete board p50/p99, and the server's CPU time (/proc) during the storm per complete board.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './measure';
import { joinStorm } from './scenarios';
import { startOurs, startRelay, type Target } from './targets';
import type { WorkerPool } from './workers';

/** User and system CPU ticks (1/100 s) of a process so far. */
function userSystem(pid: number): [number, number] {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [Number(fields[11]), Number(fields[12])];
}

interface JoinCostOptions {
  profileDir?: string;
  /** A checkout whose server/main.ts runs as "ours before". */
  before?: string;
}

async function stormOn(pool: WorkerPool, o: BenchOptions, name: string, target: Target, log: (line: string) => void): Promise<void> {
  try {
    const before = userSystem(target.pid);
    const join = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
    const after = userSystem(target.pid);
    const split = after.map((v, i) => Math.round(((v - before[i]!) * 10 * 100) / Math.max(1, join.n)) / 100);
    const load = os.loadavg()[0]!.toFixed(1);
    log(`${name}: ${join.n}/${o.phones} complete ${JSON.stringify(join.failures)}; p50 ${join.p50} ms, p99 ${join.p99} ms; server ${join.cpuMsPerJoin} ms CPU per join (user ${split[0]}, system ${split[1]}); load ${load}`);
  } finally {
    await target.stop();
  }
}

export async function joinCost(pool: WorkerPool, o: BenchOptions, c: JoinCostOptions, log: (line: string) => void): Promise<void> {
  log(`join storm: ${o.phones} phones within ${o.joinSpreadMs} ms on a board of ${o.ideas} ideas`);
  const ours = await startOurs(o.ideas, c.profileDir);
  const { boardJson, ideaIds } = ours;
  await stormOn(pool, o, 'ours', ours, log);
  if (c.before) await stormOn(pool, o, `ours before (${c.before})`, await startOurs(o.ideas, undefined, 5000, path.join(c.before, 'server/main.ts')), log);
  await stormOn(pool, o, 'relay', await startRelay(boardJson, ideaIds), log);
}
