// BENCH_ONLY=reactions: a large room tapping reactions, with the phones in the keynote's worker processes. The
// phones join one session with its first talk on, a projector folds what it is sent, and the facilitator extends the
// talk by a minute every second throughout: first a quiet spell, then every phone taps at the reaction bar's own
// pace (a held finger) for half a minute, then a quiet spell again, in which the server's memory should fall back.
import { io } from 'socket.io-client';
import { reactionLimits } from '../shared/limits';
import type { EventBatch } from '../shared/projection/batch';
import { reactionsOf } from '../shared/reaction/fold';
import { reactionKinds } from '../shared/reaction/kinds';
import { totalOf } from '../shared/reaction/reactions';
import type { SessionState } from '../shared/state';
import { liveMb, memoryAfterGc } from '../test/kit/memory';
import type { TestSocket } from '../test/kit/mirror';
import { measuredPhase, type PhaseFigures, type PhaseOutcome, phaseTable } from './keynotePhases';
import { COMMAND_TIMEOUT_MS } from './phone/phone';
import { projectorOf } from './pollScenario';
import { sleep, type TapReply, wallNow } from './protocol';
import { joinStorm } from './scenarios';
import { addCounts, type Summary, summarise } from './stats';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface ReactionOptions {
  phones: number;
  joinSpreadMs: number;
  /** Each quiet spell, before and after the taps. */
  quietMs: number;
  tapMs: number;
  /** One tap per phone per this long: the reaction bar's pace (reactionLimits.clientGapMs). */
  gapMs: number;
  /** The facilitator's command comes this often. */
  commandEveryMs: number;
  /** Each phone sends its next tap only once the last one is answered, as the reaction bar does. */
  waitForAnswer: boolean;
}

export interface ReactionFigures {
  phases: PhaseFigures[];
  joined: number;
  sent: number;
  acked: number;
  refused: Record<string, number>;
  tapLatency: Summary;
  /** Messages the server sent each tapping phone during the taps (mean and most). */
  messagesPerPhone: { mean: number; max: number };
  reactionEventsToPhones: number;
  /** Batches with counts the projector folded per second of tapping, and the total it shows at the end. */
  projectorUpdatesPerSecond: number;
  projectorTotal: number;
  /** The server's memory after a full collection, before the taps and after the quiet spell that follows them. */
  collected: { before: Collected; after: Collected };
  /** The facilitator's command before, during and after the taps. */
  facilitator: { before: Commands; during: Commands; after: Commands };
}

/**
 * BENCH_REACTIONS_N phones (5,000) joining within BENCH_REACTIONS_SPREAD_MS (40,000), tapping for BENCH_REACTIONS_TAP_MS
 * (30,000); each phone waits for its last tap's answer before the next, as the reaction bar does
 * (BENCH_REACTIONS_WAIT=0: a phone that taps on regardless, a client that does not wait).
 */
export function reactionOptions(option: (name: string, fallback: string) => string): ReactionOptions {
  return {
    phones: Number(option('reactions_n', '5000')),
    joinSpreadMs: Number(option('reactions_spread_ms', '40000')),
    quietMs: 10_000,
    tapMs: Number(option('reactions_tap_ms', '30000')),
    gapMs: reactionLimits.clientGapMs,
    commandEveryMs: 1000,
    waitForAnswer: option('reactions_wait', '1') === '1',
  };
}

export const reactionSetting = (o: ReactionOptions, workers: number) =>
  `${o.phones} phones over ${workers} workers joining within ${o.joinSpreadMs / 1000} s; each taps once per ${o.gapMs} ms${o.waitForAnswer ? ' and only once the last tap is answered' : ''} for ${o.tapMs / 1000} s between quiet spells of ${o.quietMs / 1000} s; the facilitator extends the talk every ${o.commandEveryMs / 1000} s; a projector`;

/** Live memory (heap in use and buffers) and resident memory just after a full collection, in MB. */
interface Collected {
  liveMb: number;
  rssMb: number;
}

/** NaN when the server does not answer within 10 s. */
async function collected(target: Target): Promise<Collected> {
  const usage = await memoryAfterGc(target.pid, target.memoryFile).catch(() => undefined);
  return usage ? { liveMb: Math.round(liveMb(usage)), rssMb: Math.round(usage.rss / 1024 / 1024) } : { liveMb: Number.NaN, rssMb: Number.NaN };
}

const connect = (url: string): TestSocket => io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
const totalShown = (state: SessionState) => reactionsOf(state).counts.reduce((sum, item) => sum + totalOf(item.counts), 0);

/**
 * The facilitator extends the talk by a minute every `everyMs` until `until`, each command after the last one's
 * answer; a refused or unanswered command is counted, not timed.
 */
async function facilitatorLoop(facilitator: TestSocket, everyMs: number, until: number): Promise<{ latencies: number[]; failed: number }> {
  const latencies: number[] = [];
  let failed = 0;
  for (let next = wallNow(); next < until; next += everyMs) {
    await sleep(next - wallNow());
    const started = wallNow();
    // A dropped facilitator (no heartbeat from a starved server) fails each second it cannot send; a command
    // waits for its answer until the spell ends at the latest.
    const answered = facilitator.connected && facilitator.timeout(Math.max(everyMs, until - started)).emitWithAck('agenda:extend', { minutes: 1 });
    const ack = answered ? await answered.catch(() => undefined) : undefined;
    if (ack?.ok) latencies.push(wallNow() - started);
    else failed++;
  }
  return { latencies, failed };
}

/** The facilitator's answered commands' latencies, and how many went unanswered or were refused. */
type Commands = Summary & { failed: number };
const commandsOf = (loop: { latencies: number[]; failed: number }): Commands => ({ ...summarise(loop.latencies), failed: loop.failed });

/** Taps the phone heard no answer to: the server may have counted them. */
const unansweredOf = (refused: Record<string, number>) => (refused.timeout ?? 0) + (refused.disconnected ?? 0);

/** Until `holds` or `timeoutMs`. */
async function until(holds: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = wallNow() + timeoutMs;
  while (!holds() && wallNow() < deadline) await sleep(50);
}

const noWrites: Omit<PhaseOutcome, 'note'> = { offered: 0, acked: 0, refused: 0, p50: 0, p99: 0, lastAckSeconds: 0, lost: 0, doubled: 0, wrongScreens: 0 };

function combined(replies: TapReply[]) {
  const messages = replies.flatMap((r) => r.messagesPerPhone);
  return {
    sent: replies.reduce((sum, r) => sum + r.sent, 0),
    acked: replies.reduce((sum, r) => sum + r.acked, 0),
    refused: replies.reduce<Record<string, number>>((all, r) => addCounts(all, r.refused), {}),
    tapLatency: summarise(replies.flatMap((r) => r.latenciesMs)),
    messagesPerPhone: { mean: Math.round((messages.reduce((a, b) => a + b, 0) / Math.max(1, messages.length)) * 10) / 10, max: Math.max(0, ...messages) },
    reactionEventsToPhones: replies.reduce((sum, r) => sum + r.reactionEvents, 0),
  };
}

type Projector = Awaited<ReturnType<typeof projectorOf>>;

/** Every phone taps for `tapMs` while the facilitator keeps commanding; the projector's counts are then checked. */
async function tapSpell(pool: WorkerPool, facilitator: TestSocket, projector: Projector, countUpdates: () => number, o: ReactionOptions) {
  const startAt = wallNow() + 300;
  const updatesBefore = countUpdates();
  const shownBefore = totalShown(projector.state());
  const tapping = pool.all<TapReply>((worker) => ({ op: 'tap', startAt, durationMs: o.tapMs, gapMs: o.gapMs, kinds: reactionKinds, worker, workers: pool.size, waitForAnswer: o.waitForAnswer }));
  const during = await facilitatorLoop(facilitator, o.commandEveryMs, startAt + o.tapMs);
  const taps = combined(await tapping);
  const lastAnswerSeconds = (wallNow() - startAt) / 1000;
  await until(() => totalShown(projector.state()) - shownBefore >= taps.acked, 10_000);
  const shown = totalShown(projector.state()) - shownBefore;
  const updates = countUpdates() - updatesBefore;
  return { taps, during, shown, updatesPerSecond: Math.round((updates / (o.tapMs / 1000)) * 10) / 10, lastAnswerSeconds };
}

/** Joins, the three spells and the projector's check, each phase measured as the keynote's are. */
export async function reactionRoom(pool: WorkerPool, target: Target, o: ReactionOptions, log: (line: string) => void): Promise<ReactionFigures> {
  const phases: PhaseFigures[] = [];
  const run = async (phase: string, body: () => Promise<PhaseOutcome>) => {
    const figures = await measuredPhase(target.pid, phase, body);
    log(`  ${phase}: ${JSON.stringify(figures)}`);
    phases.push(figures);
  };
  let joined = 0;
  await run(`${o.phones} phones join`, async () => {
    const join = await joinStorm(pool, target, o.phones, o.joinSpreadMs);
    joined = join.n;
    const refused = Object.values(join.failures).reduce((a, b) => a + b, 0);
    return { ...noWrites, offered: o.phones, acked: join.n, refused, p50: join.p50, p99: join.p99, wrongScreens: o.phones - join.n, note: refused ? `refused: ${JSON.stringify(join.failures)}` : 'ack: time to the whole board' };
  });
  const facilitator = connect(target.address.url);
  let counted = 0;
  const projector = await projectorOf(target.address.url, target.address.joinCode, (batch: EventBatch) => void (counted += batch.events.some((e) => e.event.type === 'reaction:counted') ? 1 : 0));
  try {
    const joinedAs = await facilitator.emitWithAck('session:join', target.asFacilitator!);
    const talk = (await target.facilitatorState!()).agenda.items.find((item) => item.kind === 'talk');
    const moved = talk && joinedAs.ok ? await facilitator.emitWithAck('agenda:goto', { id: talk.id }) : undefined;
    if (!moved?.ok) throw new Error('the facilitator could not put the talk on');
    const quietSpells: Commands[] = [];
    const collectedBefore = await collected(target);
    const quiet = async (): Promise<PhaseOutcome> => {
      const commands = commandsOf(await facilitatorLoop(facilitator, o.commandEveryMs, wallNow() + o.quietMs));
      quietSpells.push(commands);
      return { ...noWrites, offered: commands.n + commands.failed, acked: commands.n, refused: commands.failed, p50: commands.p50, p99: commands.p99, note: 'the facilitator\'s commands alone' };
    };
    let spell: Awaited<ReturnType<typeof tapSpell>> | undefined;
    await run('quiet, before the taps', quiet);
    await run(`${joined} phones tap for ${o.tapMs / 1000} s`, async () => {
      spell = await tapSpell(pool, facilitator, projector, () => counted, o);
      const { taps, shown } = spell;
      const refused = Object.values(taps.refused).reduce((a, b) => a + b, 0);
      const note = `refused ${JSON.stringify(taps.refused)}; projector ${spell.updatesPerSecond} count updates/s; facilitator command p50 ${commandsOf(spell.during).p50} ms`;
      return { offered: taps.sent, acked: taps.acked, refused, p50: taps.tapLatency.p50, p99: taps.tapLatency.p99, lastAckSeconds: Math.round(spell.lastAnswerSeconds * 10) / 10, lost: Math.max(0, taps.acked - shown), doubled: Math.max(0, shown - taps.acked - unansweredOf(taps.refused)), wrongScreens: taps.reactionEventsToPhones, note };
    });
    await run('quiet, after the taps', quiet);
    const [before, after] = quietSpells;
    if (!spell || !before || !after) throw new Error('a spell did not run');
    const collectedAfter = await collected(target);
    return { phases, joined, collected: { before: collectedBefore, after: collectedAfter }, ...spell.taps, projectorUpdatesPerSecond: spell.updatesPerSecond, projectorTotal: spell.shown, facilitator: { before, during: commandsOf(spell.during), after } };
  } finally {
    projector.close();
    facilitator.disconnect();
    await pool.all({ op: 'reset' });
  }
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 10) / 10;

/** The phases as the keynote's table, the reaction figures under it, and each target met or not. */
export function reactionTable(f: ReactionFigures, o: ReactionOptions): string {
  const [, before, storm, after] = f.phases;
  const { before: b, during: d, after: a } = f.facilitator;
  const c = f.collected;
  const late = unansweredOf(f.refused);
  const cpuPerTap = storm ? Math.round((storm.cpuMs / Math.max(1, f.sent)) * 1000) / 1000 : Number.NaN;
  const cores = Math.round(((cpuPerTap * f.joined * 1000) / o.gapMs / 1000) * 100) / 100;
  const figures = [
    `- taps: ${f.sent} sent, ${f.acked} acknowledged, refused ${JSON.stringify(f.refused)} (rate_limited is the per-person budget, reactionLimits); answer p50 ${f.tapLatency.p50} ms, p99 ${f.tapLatency.p99} ms`,
    `- server CPU per tap sent: ${cpuPerTap} ms; at that cost the room's full pace (${f.joined} phones × one tap per ${o.gapMs} ms) needs ${cores} of a core`,
    `- each tapping phone was sent ${f.messagesPerPhone.mean} messages in the ${storm?.lastAckSeconds ?? '–'} s (at most ${f.messagesPerPhone.max}), ${f.reactionEventsToPhones} reaction events among all of them`,
    `- projector: ${f.projectorUpdatesPerSecond} count updates a second; it shows ${f.projectorTotal} taps, ${f.acked} were acknowledged and ${late} more went unanswered (within the phone's ${COMMAND_TIMEOUT_MS / 1000} s, or before its socket closed), which the server may still have counted`,
    `- facilitator command (agenda:extend) p50 / p99: ${b.p50} / ${b.p99} ms before, ${d.p50} / ${d.p99} ms during the taps (× ${ratio(d.p50, b.p50)} / × ${ratio(d.p99, b.p99)}), ${a.p50} / ${a.p99} ms after; unanswered or refused ${b.failed} / ${d.failed} / ${a.failed}`,
    `- server RSS: ${before?.finalRssMb ?? '–'} MB before the taps, peak ${storm?.peakRssMb ?? '–'} MB, ${storm?.finalRssMb ?? '–'} MB 3 s after them, ${after?.finalRssMb ?? '–'} MB after the quiet spell, ${c.after.rssMb} MB after a full collection then`,
    `- server live memory (heap in use and buffers, after a full collection): ${c.before.liveMb} MB before the taps, ${c.after.liveMb} MB after them and the quiet spell`,
  ];
  const met = (ok: boolean, text: string) => `- ${ok ? 'met' : '**not met**'}: ${text}`;
  const peak = Math.max(...f.phases.map((p) => p.peakRssMb));
  const fellBack = c.after.rssMb < peak || peak <= (before?.finalRssMb ?? 0) * 1.1;
  const targets = [
    met(f.reactionEventsToPhones === 0, 'no reaction event reaches a phone'),
    met(f.projectorTotal === f.acked, 'the projector shows exactly the acknowledged taps (none answered late)'),
    met(f.acked <= f.projectorTotal && f.projectorTotal <= f.acked + late, 'no acknowledged tap lost, none counted twice (at most the unanswered ones counted besides)'),
    met(f.projectorUpdatesPerSecond <= 5, 'the screens get counts a few times a second, not once per tap'),
    met(d.p99 <= 250 && d.failed === 0, 'facilitator commands during the taps answered, p99 ≤ 250 ms'),
    met(peak <= 1536, 'peak server RSS ≤ 1.5 GB'),
    met(fellBack, 'server RSS after the taps (and a collection) lower than at its peak, or the peak within 10 % of before'),
    met(c.after.liveMb <= c.before.liveMb * 1.1, 'nothing kept per tap: live memory after the taps within 10 % of before'),
  ];
  return [phaseTable(f.phases, []), '', ...figures, '', ...targets].join('\n');
}
