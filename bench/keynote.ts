// BENCH_ONLY=keynote: one session, thousands of phones on the same two cores as the server, every phase of a
// keynote in turn: the joins, one idea to every phone, a thousand writers, a poll answered by all, an upvote storm
// and a minute of dot voting. Ours gathers what a large room's phones receive and sends them counts as tallies
// (server/socket/phoneBatches.ts, tallies.ts); the relay does the phases it can (joins, ideas, dots).
import { findPoll } from '../shared/poll/polls';
import type { SessionState } from '../shared/state';
import { newId } from '../test/kit/mirror';
import { measuredPhase, type PhaseFigures, type PhaseOutcome } from './keynotePhases';
import { projectorOf } from './pollScenario';
import { type CountsReply, wallNow } from './protocol';
import { correctness, fanOut, joinStorm, stormOf, type StormFigures } from './scenarios';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface KeynoteOptions {
  phones: number;
  /** Joins are spread evenly over this long. */
  joinSpreadMs: number;
  /** Phones that each add one idea, over `writeSpreadMs`. */
  writers: number;
  writeSpreadMs: number;
  /** Everyone answers within this long of the poll opening. */
  answerSpreadMs: number;
  questions: number;
  upvoteSpreadMs: number;
  dotsEach: number;
  dotSpreadMs: number;
}

const POLL_OPTIONS = 4;
const ONE_IDEA_ADDS = 10;
const RELAY_DOTS_UP_TO = 1000;

type Projector = Awaited<ReturnType<typeof projectorOf>>;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** What a storm's figures say as a phase's outcome; lost, doubled and the screens are the caller's. */
function fromStorm(s: StormFigures, offered: number, startAt: number, rest: Pick<PhaseOutcome, 'lost' | 'doubled' | 'wrongScreens'> & { note?: string }): PhaseOutcome {
  return { offered, acked: s.acked, refused: s.refused, p50: s.latency.p50, p99: s.latency.p99, lastAckSeconds: seconds(s.lastAckAt - startAt), ...rest };
}

/**
 * Phones whose tallies do not hold `expected` within 10 s; null in a room small enough that its phones get every
 * count as an event (the simulated phones do not fold events).
 */
async function wrongPhones(pool: WorkerPool, expected: Record<string, number>): Promise<number | null> {
  const replies = await pool.all<CountsReply>({ op: 'counts', expected, timeoutMs: 10_000 });
  return sum(replies.map((r) => r.tallied)) === 0 ? null : sum(replies.map((r) => r.wrong));
}

/** Until the projector holds `seq` (10 s at most); then how long after the last acknowledgement it did. */
async function projectorHolds(projector: Projector, last: { seq: number; ackAt: number }): Promise<number> {
  const deadline = wallNow() + 10_000;
  while (projector.state().seq < last.seq && wallNow() < deadline) await new Promise((r) => setTimeout(r, 20));
  return Math.round(projector.heldAt(last.seq) - last.ackAt);
}

const lastOf = (s: StormFigures) => s.acks.reduce((a, b) => (b.ackAt > a.ackAt ? b : a), { seq: 0, ackAt: 0, latencyMs: 0 });

async function pollPhase(pool: WorkerPool, target: Target, projector: Projector, o: KeynoteOptions): Promise<PhaseOutcome> {
  const pollId = newId();
  await target.openPoll!(pollId, POLL_OPTIONS);
  const openedAt = wallNow();
  const answers = await stormOf(pool, { kind: 'answer', phones: o.phones, perPhone: 1, targets: [pollId], options: POLL_OPTIONS, startAt: openedAt, spreadMs: o.answerSpreadMs });
  const toProjector = await projectorHolds(projector, lastOf(answers));
  const respondents = findPoll(projector.state().polls, pollId)?.tally.respondents ?? 0;
  const wrongScreens = await wrongPhones(pool, { [`p:${pollId}`]: respondents });
  const note = `projector held the last answer ${toProjector} ms after its ack`;
  return fromStorm(answers, o.phones, openedAt, { lost: Math.max(0, answers.acked - respondents), doubled: Math.max(0, respondents - answers.acked), wrongScreens, note });
}

async function upvotePhase(pool: WorkerPool, target: Target, projector: Projector, o: KeynoteOptions): Promise<PhaseOutcome> {
  const ids = Array.from({ length: o.questions }, () => newId());
  await target.askQuestions!(ids);
  const startAt = wallNow() + 300;
  const upvotes = await stormOf(pool, { kind: 'upvote', phones: o.phones, perPhone: 1, targets: ids, options: 0, startAt, spreadMs: o.upvoteSpreadMs });
  const toProjector = await projectorHolds(projector, lastOf(upvotes));
  const votes = (state: SessionState) => new Map(state.questions.questions.map((q) => [q.id, q.votes]));
  const counted = votes(projector.state());
  const total = sum(ids.map((id) => counted.get(id) ?? 0));
  const wrongScreens = await wrongPhones(pool, Object.fromEntries(ids.map((id) => [`q:${id}`, counted.get(id) ?? 0])));
  const note = `on ${o.questions} questions; projector held the last upvote ${toProjector} ms after its ack`;
  return fromStorm(upvotes, o.phones, startAt, { lost: Math.max(0, upvotes.acked - total), doubled: Math.max(0, total - upvotes.acked), wrongScreens, note });
}

async function dotPhase(pool: WorkerPool, target: Target, o: KeynoteOptions): Promise<PhaseOutcome> {
  await target.openVoting();
  const startAt = wallNow() + 300;
  const dots = await stormOf(pool, { kind: 'dot', phones: o.phones, perPhone: o.dotsEach, targets: target.ideaIds, options: 0, startAt, spreadMs: o.dotSpreadMs });
  // Ours: the dots the server holds; the relay holds none, so nothing to compare.
  const state = await target.facilitatorState?.();
  const placed = state ? sum(state.board.ideas.map((idea) => sum(Object.values(idea.votes)))) : dots.acked;
  return fromStorm(dots, o.phones * o.dotsEach, startAt, { lost: Math.max(0, dots.acked - placed), doubled: Math.max(0, placed - dots.acked), wrongScreens: 0 });
}

async function ideaPhases(pool: WorkerPool, target: Target, o: KeynoteOptions, joined: number, run: typeof measuredPhase): Promise<PhaseFigures[]> {
  const one = await run(target.pid, `one idea to every phone (×${ONE_IDEA_ADDS})`, async () => {
    const fan = await fanOut(pool, joined, ONE_IDEA_ADDS);
    const note = `new idea at another phone p50 ${fan.p50} ms, p99 ${fan.p99} ms; at all ${joined - 1} others p50 ${fan.untilAll.p50} ms`;
    return { offered: ONE_IDEA_ADDS, acked: fan.ackedIds.length, refused: ONE_IDEA_ADDS - fan.ackedIds.length, p50: fan.p50, p99: fan.p99, lastAckSeconds: seconds(fan.untilAll.max), lost: fan.missing, doubled: 0, wrongScreens: 0, note };
  });
  const writers = await run(target.pid, `${o.writers} writers, one idea each`, async () => {
    const startAt = wallNow() + 300;
    const adds = await stormOf(pool, { kind: 'add', phones: o.writers, perPhone: 1, targets: [], options: 0, startAt, spreadMs: o.writeSpreadMs });
    const check = await correctness(pool, [...target.ideaIds, ...adds.ackedIds]);
    const note = `${check.ideas} ideas × ${check.phones} phones checked, ${check.gaps} gaps`;
    return fromStorm(adds, o.writers, startAt, { lost: check.lost, doubled: check.duplicated, wrongScreens: 0, note });
  });
  return [one, writers];
}

/** Every phase on one session, in order; the relay skips the poll and the upvotes, which it has no way to do. */
export async function keynote(pool: WorkerPool, target: Target, o: KeynoteOptions, log: (line: string) => void): Promise<PhaseFigures[]> {
  const phases: PhaseFigures[] = [];
  const run: typeof measuredPhase = async (pid, phase, body) => {
    const figures = await measuredPhase(pid, phase, body);
    log(`  ${phase}: ${JSON.stringify(figures)}`);
    phases.push(figures);
    return figures;
  };
  let joined = 0;
  await run(target.pid, `${o.phones} phones join`, async () => {
    const startedAt = wallNow();
    const join = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
    joined = join.n;
    const refused = sum(Object.values(join.failures));
    const note = refused ? `refused: ${JSON.stringify(join.failures)}` : 'ack: time to the whole board';
    return { offered: o.phones, acked: join.n, refused, p50: join.p50, p99: join.p99, lastAckSeconds: seconds(wallNow() - startedAt), lost: 0, doubled: 0, wrongScreens: o.phones - join.n, note };
  });
  await ideaPhases(pool, target, o, joined, run);
  if (target.openPoll && target.askQuestions) {
    const projector = await projectorOf(target.address.url, target.address.joinCode);
    try {
      await run(target.pid, 'poll answered by all', () => pollPhase(pool, target, projector, o));
      await run(target.pid, 'upvote storm', () => upvotePhase(pool, target, projector, o));
    } finally {
      projector.close();
    }
  }
  // The relay sends every dot to every phone: above a thousand phones that alone would hold the machine for minutes.
  if (target.address.kind === 'ours' || o.phones <= RELAY_DOTS_UP_TO) await run(target.pid, `dot voting, ${o.dotsEach} dots each`, () => dotPhase(pool, target, o));
  await pool.all({ op: 'reset' });
  return phases;
}
