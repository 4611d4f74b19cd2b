// One target through every scenario, in the order a workshop meets them: join, add, write hard, vote.
import fs from 'node:fs';
import { boardLimits } from '../shared/limits';
import type { CheckReply, WriteKind } from './protocol';
import { sleep } from './protocol';
import { correctness, type FanOutFigures, fanOut, type JoinFigures, joinStorm, type WriteFigures, writes } from './scenarios';
import { cpuMeter, cpuSeconds, rssKb } from './proc';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface BenchOptions {
  phones: number;
  ideas: number;
  joinSpreadMs: number;
  fanOutAdds: number;
  writeMs: number;
  perPhoneRate: number;
}

export interface TargetFigures {
  joinStorm: JoinFigures;
  fanOut: FanOutFigures;
  /** Idea adds within the board's limits, then edits of the phones' own ideas. */
  ideaWrites: WriteFigures & { cores: Cores; cpuMsPerWrite: number; addsPerPhone: number };
  votes: WriteFigures & { cores: Cores; cpuMsPerWrite: number };
  memory: { idleKb: number; loadedKb: number; perPhoneKb: number; liveIdleKb: number; liveLoadedKb: number; livePerPhoneKb: number };
  correctness: CheckReply & { ideas: number };
}

/** How busy the server and the phone workers were, in cores (the machine has two). */
export interface Cores {
  server: number;
  phones: number;
}

/**
 * Memory once the scenario before has settled and its garbage is collected (see targets.ts): resident (RSS, what
 * the machine pays, noisy because the allocator returns pages slowly) and live (V8 heap plus external buffers).
 */
export async function settledMemoryKb(target: Target): Promise<{ rss: number; live: number }> {
  await sleep(1500);
  fs.rmSync(target.memoryFile, { force: true });
  process.kill(target.pid, 'SIGUSR2');
  await sleep(1000);
  const readings: number[] = [];
  for (let i = 0; i < 4; i++, await sleep(500)) readings.push(rssKb(target.pid));
  const usage = JSON.parse(fs.readFileSync(target.memoryFile, 'utf8')) as NodeJS.MemoryUsage;
  return { rss: Math.min(...readings), live: Math.round((usage.heapUsed + usage.external) / 1024) };
}

const perPhone = (idle: number, loaded: number, phones: number) => Math.round(((loaded - idle) / phones) * 10) / 10;

export async function measure(pool: WorkerPool, target: Target, o: BenchOptions, log: (line: string) => void): Promise<TargetFigures> {
  const join = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
  log(`  join storm: p50 ${join.p50} ms, p99 ${join.p99} ms, ${join.n}/${o.phones} complete ${JSON.stringify(join.failures)}; server ${join.cpuMsPerJoin} ms CPU per join`);
  // RSS is a high-water mark that the allocator gives back slowly, so both readings come after the same history:
  // the storm above, every phone gone (idle), then the same number of phones joined again (loaded).
  await pool.all({ op: 'reset' });
  const idle = await settledMemoryKb(target);
  const again = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
  if (again.n !== o.phones) log(`  memory: only ${again.n}/${o.phones} phones rejoined`);
  const loaded = await settledMemoryKb(target);
  const memory = {
    idleKb: idle.rss,
    loadedKb: loaded.rss,
    perPhoneKb: perPhone(idle.rss, loaded.rss, o.phones),
    liveIdleKb: idle.live,
    liveLoadedKb: loaded.live,
    livePerPhoneKb: perPhone(idle.live, loaded.live, o.phones),
  };
  log(`  memory: RSS ${idle.rss} KB idle, ${loaded.rss} KB with ${o.phones} phones, ${memory.perPhoneKb} KB per phone; live heap+external ${idle.live} -> ${loaded.live} KB, ${memory.livePerPhoneKb} KB per phone`);
  const fan = await fanOut(pool, o.phones, o.fanOutAdds);
  log(`  fan-out: p50 ${fan.p50} ms, p99 ${fan.p99} ms, max ${fan.max} ms (until all: p50 ${fan.untilAll.p50}, max ${fan.untilAll.max}); missing ${fan.missing}`);
  const write = async (kind: WriteKind, addsPerPhone = 0) => {
    const meter = cpuMeter([target.pid, ...pool.pids]);
    const cpuBefore = cpuSeconds(target.pid);
    const figures = await writes(pool, target, kind, o.writeMs, o.perPhoneRate, addsPerPhone);
    const [server = 0, ...phones] = meter();
    // What one write costs the server, however much of the machine it got: steadier than writes/s on a shared machine.
    const cpuMsPerWrite = Math.round(((cpuSeconds(target.pid) - cpuBefore) * 1000 * 1000) / Math.max(1, figures.acked)) / 1000;
    const cores = { server, phones: Math.round(phones.reduce((a, b) => a + b, 0) * 100) / 100 };
    const { perSecond, perSecondBy, acked, seconds, latency, refused, rejected } = figures;
    log(`  ${kind} writes: ${perSecond}/s acknowledged ${JSON.stringify(perSecondBy)} (${acked} in ${seconds} s, ack p50 ${latency.p50} ms, p99 ${latency.p99} ms; cores: server ${cores.server}, phones ${cores.phones}; server ${cpuMsPerWrite} ms CPU per write); refused ${refused} ${JSON.stringify(rejected)}`);
    return { ...figures, cores, cpuMsPerWrite };
  };
  // Each phone's share of what the board may still hold, and never past one participant's limit (phone 0 has
  // already added the fan-out ideas). The relay has no limits but gets the same work, so the two compare.
  const room = boardLimits.ideasPerBoard - target.ideaIds.length - fan.ackedIds.length;
  const addsPerPhone = Math.max(0, Math.min(boardLimits.ideasPerParticipant - o.fanOutAdds, Math.floor(room / o.phones)));
  log(`  idea writes: ${addsPerPhone} adds per phone (room for ${room} more ideas on the board), then edits of its own ideas`);
  const ideaWrites = { ...(await write('ideas', addsPerPhone)), addsPerPhone };
  await target.openVoting();
  const votes = await write('vote');
  const check = await correctness(pool, [...target.ideaIds, ...fan.ackedIds, ...ideaWrites.ackedIds]);
  log(`  correctness: ${check.ideas} ideas x ${check.phones} phones: ${check.lost} lost, ${check.duplicated} duplicated, ${check.gaps} gaps`);
  await pool.all({ op: 'reset' });
  return { joinStorm: join, fanOut: { ...fan, ackedIds: [] }, ideaWrites: { ...ideaWrites, ackedIds: [] }, votes: { ...votes, ackedIds: [] }, memory, correctness: check };
}
