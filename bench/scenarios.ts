// The measured scenarios, each driving all phone workers at once and combining their answers.
import { newId } from '../test/kit/mirror';
import type { CheckReply, JoinReply, SendReply, StormReply, WorkerRequest, WriteKind, WriteReply } from './protocol';
import { wallNow } from './protocol';
import { cpuSeconds } from './proc';
import { addCounts, type Summary, summarise } from './stats';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface JoinFigures extends Summary {
  failures: Record<string, number>;
  /** The server's CPU time (/proc) during the storm ÷ complete boards. */
  cpuMsPerJoin?: number;
}

/** N phones open a socket and join at evenly spread moments within `spreadMs`; time to a complete board. */
export async function joinStorm(pool: WorkerPool, target: Target, phones: number, spreadMs: number): Promise<JoinFigures> {
  const startAt = wallNow() + 300;
  const cpuBefore = cpuSeconds(target.pid);
  const offsetsOf = (w: number) => Array.from({ length: phones }, (_, g) => g).filter((g) => g % pool.size === w).map((g) => (g * spreadMs) / phones);
  const replies = await pool.all<JoinReply>((w) => ({ op: 'join', target: target.address, ideaCount: target.ideaIds.length, startAt, offsetsMs: offsetsOf(w) }));
  const failures = replies.reduce((all, r) => addCounts(all, r.failures), {});
  const summary = summarise(replies.flatMap((r) => r.durationsMs));
  const cpuMsPerJoin = Math.round(((cpuSeconds(target.pid) - cpuBefore) * 1000 * 100) / Math.max(1, summary.n)) / 100;
  return { ...summary, failures, cpuMsPerJoin };
}

export interface FanOutFigures extends Summary {
  /** Per add: the time until the last of the others had it. */
  untilAll: Summary;
  missing: number;
  ackedIds: string[];
}

/** One phone adds ideas one after another; each time, when does every other phone have it? */
export async function fanOut(pool: WorkerPool, phones: number, adds: number): Promise<FanOutFigures> {
  const latencies: number[] = [];
  const untilAll: number[] = [];
  const ackedIds: string[] = [];
  let missing = 0;
  for (let k = 0; k < adds; k++) {
    const id = newId();
    await pool.all({ op: 'expect', id });
    const sent = await pool.request<SendReply>(0, { op: 'send', id });
    const arrivals = (await pool.all<number[]>({ op: 'arrivals', id, timeoutMs: 10_000 })).flat();
    const mine = arrivals.map((t) => t - sent.sentAt);
    latencies.push(...mine);
    untilAll.push(Math.max(...mine));
    missing += phones - 1 - arrivals.length;
    if (sent.ok) ackedIds.push(id);
  }
  return { ...summarise(latencies), untilAll: summarise(untilAll), missing, ackedIds };
}

export interface WriteFigures {
  /** Acknowledged writes of every kind per second of the whole window. */
  perSecond: number;
  /** Per second by command (add, edit, vote). */
  perSecondBy: Record<string, number>;
  acked: number;
  ackedBy: Record<string, number>;
  seconds: number;
  latency: Summary;
  /** Refused or unanswered commands by `command: code`; none of them is counted as a write. */
  rejected: Record<string, number>;
  refused: number;
  ackedIds: string[];
}

/**
 * Every phone writes at `perPhoneRate` for `durationMs`; acknowledged writes per second of the whole window.
 * Idea writes: each phone adds `addsPerPhone` ideas, then edits its own (bench/phone/writeLoop.ts).
 */
export async function writes(pool: WorkerPool, target: Pick<Target, 'ideaIds'>, kind: WriteKind, durationMs: number, perPhoneRate: number, addsPerPhone = 0): Promise<WriteFigures> {
  const startAt = wallNow() + 200;
  // 200 ideas spread over the whole board: a vote on a large board must not cost more for being far down the list.
  const step = Math.max(1, Math.floor(target.ideaIds.length / 200));
  const voteIdeaIds = target.ideaIds.filter((_, i) => i % step === 0).slice(0, 200);
  const replies = await pool.all<WriteReply>({ op: 'write', kind, startAt, durationMs, perPhoneRate, voteIdeaIds, addsPerPhone });
  const acked = replies.reduce((sum, r) => sum + r.acked, 0);
  const ackedBy = replies.reduce<Record<string, number>>((all, r) => addCounts(all, r.ackedBy), {});
  const rejected = replies.reduce<Record<string, number>>((all, r) => addCounts(all, r.rejected), {});
  const seconds = (Math.max(...replies.map((r) => r.lastAckAt)) - startAt) / 1000;
  return {
    perSecond: Math.round(acked / seconds),
    perSecondBy: Object.fromEntries(Object.entries(ackedBy).map(([name, n]) => [name, Math.round(n / seconds)])),
    acked,
    ackedBy,
    seconds: Math.round(seconds * 100) / 100,
    latency: summarise(replies.flatMap((r) => r.latenciesMs)),
    rejected,
    refused: Object.values(rejected).reduce((a, b) => a + b, 0),
    ackedIds: replies.flatMap((r) => r.ackedIds),
  };
}

/** Every acknowledged idea on every phone exactly once. */
export async function correctness(pool: WorkerPool, ids: string[]): Promise<CheckReply & { ideas: number }> {
  const replies = await pool.all<CheckReply>({ op: 'check', ids, timeoutMs: 15_000 });
  const total = { phones: 0, lost: 0, duplicated: 0, gaps: 0 };
  for (const r of replies) for (const key of Object.keys(total) as (keyof CheckReply)[]) total[key] += r[key];
  return { ...total, ideas: ids.length };
}

export type StormOptions = Omit<Extract<WorkerRequest, { op: 'storm' }>, 'op' | 'worker' | 'workers'>;

export interface StormFigures {
  acks: StormReply['acks'];
  acked: number;
  ackedIds: string[];
  rejected: Record<string, number>;
  refused: number;
  latency: Summary;
  /** When the last acknowledgement came (wall clock, ms). */
  lastAckAt: number;
}

/** A storm of writes over every worker's phones (bench/phone/storm.ts), their answers combined. */
export async function stormOf(pool: WorkerPool, o: StormOptions): Promise<StormFigures> {
  const replies = await pool.all<StormReply>((worker) => ({ op: 'storm', ...o, worker, workers: pool.size }));
  const acks = replies.flatMap((r) => r.acks);
  const rejected = replies.reduce<Record<string, number>>((all, r) => addCounts(all, r.rejected), {});
  return {
    acks,
    acked: acks.length,
    ackedIds: replies.flatMap((r) => r.ackedIds),
    rejected,
    refused: Object.values(rejected).reduce((a, b) => a + b, 0),
    latency: summarise(acks.map((a) => a.latencyMs)),
    lastAckAt: Math.max(0, ...replies.map((r) => r.lastAckAt)),
  };
}
