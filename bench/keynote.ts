// BENCH_ONLY=keynote: one session, thousands of phones on the same two cores as the server. They join
// within a minute, each must hold the whole board, then one phone adds ideas one after another and every other
// phone's arrival is timed. Ours gathers what phones of such a room receive (server/socket/phoneBatches.ts).
import { settledMemoryKb } from './measure';
import { cpuMeter, cpuSeconds } from './proc';
import { wallNow } from './protocol';
import type { Row } from './report';
import { correctness, type FanOutFigures, fanOut, type JoinFigures, joinStorm } from './scenarios';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface KeynoteOptions {
  phones: number;
  /** Joins are spread evenly over this long. */
  joinSpreadMs: number;
  /** Ideas one phone adds, one after another, for the fan-out. */
  adds: number;
}

export interface KeynoteFigures {
  join: JoinFigures;
  /** From the first socket opening to the last phone holding the whole board. */
  allHeldSeconds: number;
  fanOut: Omit<FanOutFigures, 'ackedIds'>;
  cores: { join: number; fanOut: number };
  /** Server CPU time per phone that joined, and per new idea delivered to every phone (ms): what the load costs. */
  cpuMs: { perJoin: number; perIdea: number };
  /** Live heap + external buffers of the server with no phone, with them all, and per phone (KB). */
  memory: { idleKb: number; loadedKb: number; perPhoneKb: number };
  lost: number;
  duplicated: number;
  gaps: number;
}

export async function keynote(pool: WorkerPool, target: Target, o: KeynoteOptions, log: (line: string) => void): Promise<KeynoteFigures> {
  const idle = await settledMemoryKb(target);
  const joinMeter = cpuMeter([target.pid]);
  const cpuBefore = cpuSeconds(target.pid);
  const startedAt = wallNow();
  const join = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
  const allHeldSeconds = Math.round((wallNow() - startedAt) / 100) / 10;
  const [joinCores = 0] = joinMeter();
  const perJoin = Math.round(((cpuSeconds(target.pid) - cpuBefore) * 1000 * 100) / Math.max(1, join.n)) / 100;
  log(`  keynote join: ${join.n}/${o.phones} hold the board after ${allHeldSeconds} s; p50 ${join.p50} ms, p99 ${join.p99} ms; server ${joinCores} cores, ${perJoin} ms CPU per join ${JSON.stringify(join.failures)}`);
  const loaded = await settledMemoryKb(target);
  const memory = { idleKb: idle.live, loadedKb: loaded.live, perPhoneKb: Math.round(((loaded.live - idle.live) / Math.max(1, join.n)) * 10) / 10 };
  log(`  keynote memory: live ${memory.idleKb} -> ${memory.loadedKb} KB, ${memory.perPhoneKb} KB per phone`);
  const fanMeter = cpuMeter([target.pid]);
  const fanCpuBefore = cpuSeconds(target.pid);
  const { ackedIds, ...fan } = await fanOut(pool, join.n, o.adds);
  const [fanCores = 0] = fanMeter();
  const perIdea = Math.round(((cpuSeconds(target.pid) - fanCpuBefore) * 1000 * 10) / o.adds) / 10;
  log(`  keynote fan-out: p50 ${fan.p50} ms, p99 ${fan.p99} ms, max ${fan.max} ms (until all: p50 ${fan.untilAll.p50}, max ${fan.untilAll.max}); missing ${fan.missing}; server ${fanCores} cores, ${perIdea} ms CPU per idea`);
  const check = await correctness(pool, [...target.ideaIds, ...ackedIds]);
  log(`  keynote correctness: ${check.ideas} ideas x ${check.phones} phones: ${check.lost} lost, ${check.duplicated} duplicated, ${check.gaps} gaps`);
  await pool.all({ op: 'reset' });
  return { join, allHeldSeconds, fanOut: fan, cores: { join: joinCores, fanOut: fanCores }, cpuMs: { perJoin, perIdea }, memory, lost: check.lost, duplicated: check.duplicated, gaps: check.gaps };
}

export function keynoteRows(ours: KeynoteFigures, relay: KeynoteFigures | undefined, phones: number): Row[] {
  const row = (figure: string, pick: (f: KeynoteFigures) => number, target?: [string, (v: number) => boolean]): Row => ({
    figure: `keynote: ${figure}`,
    ours: pick(ours),
    ...(relay ? { baseline: pick(relay) } : {}),
    ...(target ? { target: { text: target[0], met: target[1](pick(ours)) } } : {}),
  });
  const failures = (f: KeynoteFigures) => Object.values(f.join.failures).reduce((a, b) => a + b, 0);
  return [
    row(`phones holding the whole board (of ${phones})`, (f) => f.join.n, [`${phones}`, (v) => v === phones]),
    row('joins refused or failed', failures, ['0', (v) => v === 0]),
    row('seconds until every phone held the board', (f) => f.allHeldSeconds, ['≤ 60', (v) => v <= 60]),
    row('time to complete board p50 (ms)', (f) => f.join.p50),
    row('time to complete board p99 (ms)', (f) => f.join.p99),
    row('server cores busy during the joins', (f) => f.cores.join),
    row('server CPU per phone joined (ms)', (f) => f.cpuMs.perJoin),
    row('new idea to another phone p50 (ms)', (f) => f.fanOut.p50),
    row('new idea to another phone p99 (ms)', (f) => f.fanOut.p99, ['≤ 2000', (v) => v <= 2000]),
    row('new idea to another phone max (ms)', (f) => f.fanOut.max),
    row('new idea to all other phones p50 (ms)', (f) => f.fanOut.untilAll.p50),
    row('server cores busy during the fan-out', (f) => f.cores.fanOut),
    row('server CPU per new idea delivered to every phone (ms)', (f) => f.cpuMs.perIdea),
    row('server live heap + buffers per phone (KB)', (f) => f.memory.perPhoneKb),
    row('new idea arrivals later than 10 s (phone × idea)', (f) => f.fanOut.missing),
    row('acknowledged ideas lost (phone × idea)', (f) => f.lost, ['0', (v) => v === 0]),
    row('ideas duplicated (phone × idea)', (f) => f.duplicated, ['0', (v) => v === 0]),
  ];
}
