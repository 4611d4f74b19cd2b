// `npm run bench`: our server and a bare Socket.IO relay under the same simulated phones, side by side.
// Options (env or --name=value): BENCH_N phones (500), BENCH_WORKERS phone processes (2), BENCH_PROFILE
// a directory for a --cpu-prof of our server and the workers, BENCH_ONLY=ours to skip the baseline,
// BENCH_PARSE=full for phones that JSON.parse every broadcast (bench/phone/leanParser.ts), BENCH_LIGHTHOUSE_RUNS
// runs of Lighthouse per phone page (3, the median is kept; bench/lighthouse.ts), BENCH_ONLY=lighthouse for
// those alone (refreshes only their table), BENCH_ONLY=poll for the live poll alone (writes nothing), BENCH_SCALE_N phones
// voting on a 1,000-idea board and a full one (boardLimits.ideasPerBoard; 100; 0 skips it). BENCH_ONLY=keynote for
// one session of BENCH_KEYNOTE_N phones (5,000) joining over BENCH_KEYNOTE_SPREAD_MS (40,000) on a board of
// BENCH_KEYNOTE_IDEAS (100), ours and the relay (BENCH_KEYNOTE_RELAY=0 skips it; bench/keynote.ts; refreshes only its table).
// BENCH_ONLY=cluster for 1 node SQLite / 1 node PostgreSQL / 3 nodes PostgreSQL + Redis behind HAProxy alone
// (BENCH_CLUSTER_N phones, 150, in BENCH_CLUSTER_SESSIONS sessions, 6; bench/cluster.ts; refreshes only its table);
// the full run includes it when haproxy, PostgreSQL and Redis are installed, and says why not when they are not.
// BENCH_ONLY=reactions for BENCH_REACTIONS_N phones (5,000) tapping reactions (bench/reactions.ts; refreshes only its table).
// BENCH_ONLY=joinpage for the join page's CPU per request over 360 variants, cached against compressing each time.
// BENCH_ONLY=similar for alike ideas: precision and recall on the Danish fixture, and grouping 5,000 ideas (bench/similar.ts).
// BENCH_ONLY=sockets for the join storm, fan-out and writes of ours and the relay alone (printed, nothing written).
// BENCH_ONLY=joins for the join storm alone (BENCH_IDEAS on the board, 1,000; over BENCH_JOIN_SPREAD_MS, 5,000):
// ours, another checkout's server (BENCH_BEFORE=<its directory>) and the relay, the server's CPU per join of each.
import os from 'node:os';
import { clusterScenario, type ClusterOptions, clusterTable } from './cluster';
import { missingTools } from './clusterRig';
import { benchCombined } from './combined';
import { benchExports } from './exports';
import { joinPageFigures } from './joinPageCache';
import { keynote, type KeynoteOptions } from './keynote';
import { similarFigures } from './similar';
import { type PhaseFigures, phaseTable, targetLines } from './keynotePhases';
import { keynoteTargets } from './keynoteTargets';
import { liveMb, memoryAfterGc } from '../test/kit/memory';
import { type BundleFigures, participantFirstLoad } from './bundle';
import { lighthousePhone, type PageFigures } from './lighthouse';
import { type BenchOptions, measure, type TargetFigures } from './measure';
import { pollRows } from './pollReport';
import { type PollFigures, pollScenario } from './pollScenario';
import { bundleTable, combinedRows, phonePagesTable, printRows, rowsOf, voteScaleRows, writePhonePages, writeResults, writeScenarioSection } from './report';
import { joinCost } from './joinCost';
import { startOurs, startRelay, type Target } from './targets';
import { voteScale, type VoteScaleFigures } from './voteScale';
import { reactionOptions, reactionRoom, reactionSetting, reactionTable } from './reactions';
import { WorkerPool } from './workers';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.split('=')[1] ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
}

const options: BenchOptions = {
  phones: Number(option('n', '500')),
  ideas: Number(option('ideas', '1000')),
  joinSpreadMs: Number(option('join_spread_ms', '5000')),
  fanOutAdds: 30,
  writeMs: 4000,
  perPhoneRate: 15,
};
const workers = Number(option('workers', '2'));
/** Phones voting in the board-size comparison (bench/voteScale.ts); 0 skips it. */
const scalePhones = Number(option('scale_n', '100'));
const profileDir = option('profile', '') || undefined;
const oursOnly = option('only', '') === 'ours';
const lighthouseOnly = option('only', '') === 'lighthouse';
const lighthouseRuns = Number(option('lighthouse_runs', '3'));
const log = (line: string) => console.log(line);

const command = commandLine();
const loadAtStart = Math.round(os.loadavg()[0]! * 10) / 10;
// The phone workers read it from their environment (bench/phone/phone.ts).
process.env.BENCH_PARSE = option('parse', 'lean');
const pool = new WorkerPool(workers, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}/phones`] : []);
const running = new Set<Target>();
// Whatever happens, no server or phone process outlives the run.
process.once('exit', () => {
  pool.kill();
  for (const target of running) process.kill(target.pid, 'SIGKILL');
});
process.once('SIGINT', () => process.exit(130));

async function bench(start: () => Promise<Target>, name: string): Promise<TargetFigures & { boardJson: string; ideaIds: string[] }> {
  log(`${name}:`);
  const target = await start();
  running.add(target);
  try {
    return { ...(await measure(pool, target, options, log)), boardJson: target.boardJson, ideaIds: target.ideaIds };
  } finally {
    await target.stop();
    running.delete(target);
  }
}

/** Export timings per format (bench/exports.ts). */
async function exportFigures(): Promise<Record<string, number>> {
  try {
    return await benchExports();
  } catch (error) {
    log(`exports benchmark failed: ${String(error)}`);
    return {};
  }
}

/** The organiser's combined view of 50 workshops, per format (bench/combined.ts). */
async function combinedFigures(): Promise<Record<string, number>> {
  try {
    return await benchCombined();
  } catch (error) {
    log(`combined view benchmark failed: ${String(error)}`);
    return {};
  }
}

/** Lighthouse on the phone's pages, after the socket load is gone so the machine is as quiet as it gets. */
async function phonePages(): Promise<PageFigures[]> {
  try {
    return await lighthousePhone(lighthouseRuns, log);
  } catch (error) {
    log(`Lighthouse benchmark failed: ${String(error)}`);
    return [];
  }
}

function commandLine(): string {
  const env = Object.entries(process.env).filter(([key]) => key.startsWith('BENCH_')).map(([key, value]) => `${key}=${value} `);
  const args = process.argv.slice(2);
  return `${env.join('')}npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
}

/** The poll on a fresh server of its own (a board of the seeded size), so the scenarios before do not weigh on it. */
async function pollFigures(): Promise<PollFigures> {
  log('ours, live poll:');
  const target = await startOurs(options.ideas, profileDir);
  running.add(target);
  try {
    const poll = await pollScenario(pool, target, options.phones, log);
    const { toProjector: p } = poll;
    log(`  poll: ${poll.acked}/${poll.phones} answers in ${poll.windowSeconds} s; projector after ack p50 ${p.p50} ms, p99 ${p.p99} ms, last ${poll.lastToProjectorMs} ms; missing ${poll.lost} ${JSON.stringify(poll.rejected)}`);
    return poll;
  } finally {
    await target.stop();
    running.delete(target);
  }
}

/** The keynote, every phase on one session: ours, then the relay with the same phones and board. */
async function keynoteRun(): Promise<void> {
  const phones = Number(option('keynote_n', '5000'));
  const o: KeynoteOptions = {
    phones,
    joinSpreadMs: Number(option('keynote_spread_ms', '40000')),
    writers: Math.round(phones / 5),
    writeSpreadMs: Number(option('keynote_write_ms', '60000')),
    answerSpreadMs: 5000,
    questions: 5,
    upvoteSpreadMs: 10_000,
    dotsEach: 5,
    dotSpreadMs: Number(option('keynote_dot_ms', '60000')),
  };
  const ideas = Number(option('keynote_ideas', '100'));
  const scenario = `${phones} phones over ${pool.size} workers joining within ${o.joinSpreadMs / 1000} s on a board of ${ideas} ideas; ${o.writers} writers within ${o.writeSpreadMs / 1000} s; every phone answers a poll within ${o.answerSpreadMs / 1000} s of its opening, upvotes one of ${o.questions} questions within ${o.upvoteSpreadMs / 1000} s and places ${o.dotsEach} dots within ${o.dotSpreadMs / 1000} s`;
  log(`keynote: ${scenario}`);
  log('ours:');
  const target = await startOurs(ideas, profileDir, phones + 500);
  running.add(target);
  let ours: PhaseFigures[];
  let end: { liveMb: number; rssMb: number } | undefined;
  try {
    ours = await keynote(pool, target, o, log);
    const usage = await memoryAfterGc(target.pid, target.memoryFile).catch(() => undefined);
    end = usage && { liveMb: Math.round(liveMb(usage)), rssMb: Math.round(usage.rss / 1024 / 1024) };
  } finally {
    await target.stop();
    running.delete(target);
  }
  let relay: PhaseFigures[] = [];
  if (option('keynote_relay', '1') !== '0') {
    log('baseline relay:');
    const baseline = await startRelay(target.boardJson, target.ideaIds);
    running.add(baseline);
    try {
      relay = await keynote(pool, baseline, o, log);
    } finally {
      await baseline.stop();
      running.delete(baseline);
    }
  }
  const memory = end ? `\n\n- server after the last phase and a full collection: live memory ${end.liveMb} MB, RSS ${end.rssMb} MB` : '';
  const table = `${phaseTable(ours, relay)}${memory}\n\n${targetLines(ours, keynoteTargets(phones, end?.liveMb))}`;
  log(table);
  const loadAverage = [loadAtStart, Math.round(os.loadavg()[0]! * 10) / 10];
  writeScenarioSection('keynote', { date: new Date().toISOString(), command, loadAverage, setting: scenario, table });
}

/** A large room tapping reactions (bench/reactions.ts); refreshes its own table. */
async function reactionsRun(): Promise<void> {
  const o = reactionOptions(option);
  log(`reactions: ${reactionSetting(o, pool.size)}`);
  const target = await startOurs(0, profileDir, o.phones + 500);
  running.add(target);
  let table: string;
  try {
    table = reactionTable(await reactionRoom(pool, target, o, log), o);
  } finally {
    await target.stop();
    running.delete(target);
  }
  log(table);
  const loadAverage = [loadAtStart, Math.round(os.loadavg()[0]! * 10) / 10];
  writeScenarioSection('reactions', { date: new Date().toISOString(), command, loadAverage, setting: reactionSetting(o, pool.size), table });
}

/** The deployments side by side (bench/cluster.ts); skipped with the reason when the engines are missing. */
async function clusterRun(): Promise<void> {
  const missing = missingTools();
  if (missing) return log(`cluster scenario skipped: ${missing}`);
  const o: ClusterOptions = { phones: Number(option('cluster_n', '150')), sessions: Number(option('cluster_sessions', '6')), joinSpreadMs: 3000, writeMs: 5000, perPhoneRate: 4, addsPerPhone: 10 };
  const loadBefore = Math.round(os.loadavg()[0]! * 10) / 10;
  let table: string;
  try {
    table = clusterTable(await clusterScenario(pool, o, log, profileDir), o);
  } catch (error) {
    return log(`cluster scenario failed: ${String(error)}`);
  }
  log(table);
  const setting = `${o.phones} phones in ${o.sessions} sessions through HAProxy, each phone ${o.addsPerPhone} adds then edits of its own ideas at ≤ ${o.perPhoneRate}/s for ${o.writeMs / 1000} s`;
  const loadAverage = [loadBefore, Math.round(os.loadavg()[0]! * 10) / 10];
  if (table) writeScenarioSection('cluster', { date: new Date().toISOString(), command, loadAverage, setting, table });
}

/** BENCH_ONLY=<name>: that scenario alone, then the run ends. */
async function only(name: string, run: () => Promise<void>): Promise<void> {
  if (option('only', '') !== name) return;
  try {
    await run();
  } finally {
    await pool.close();
  }
  process.exit(0);
}

await only('cluster', clusterRun);
await only('keynote', keynoteRun);
await only('poll', async () => printRows(pollRows(await pollFigures())));
await only('joinpage', async () => log(joinPageFigures()));
await only('reactions', reactionsRun);
await only('joins', () => joinCost(pool, options, { profileDir, before: option('before', '') || undefined }, log));
await only('similar', async () => log(similarFigures()));
// The join storm, fan-out and writes of ours and the relay alone, printed, nothing written.
await only('sockets', async () => {
  const ours = await bench(() => startOurs(options.ideas, profileDir), 'ours');
  const relay = await bench(() => startRelay(ours.boardJson, ours.ideaIds), 'baseline relay');
  printRows(rowsOf(ours, relay, {}));
});

if (lighthouseOnly) {
  try {
    const bundle = participantFirstLoad();
    const pages = await phonePages();
    log(`${phonePagesTable(pages)}\n\n${bundleTable(bundle)}`);
    const loadAverage = [loadAtStart, Math.round(os.loadavg()[0]! * 10) / 10];
    if (pages.length) writePhonePages({ date: new Date().toISOString(), command, loadAverage, runs: lighthouseRuns, pages, bundle });
    log('refreshed the phone tables in docs/benchmarks.md');
  } finally {
    await pool.close();
  }
  process.exit(0);
}

try {
  log(`N = ${options.phones} phones over ${pool.size} workers, ${options.ideas} ideas on the board`);
  const ours = await bench(() => startOurs(options.ideas, profileDir), 'ours');
  const poll = await pollFigures();
  const relay = oursOnly ? undefined : await bench(() => startRelay(ours.boardJson, ours.ideaIds), 'baseline relay');
  let bundle: BundleFigures | undefined;
  if (!oursOnly) {
    bundle = participantFirstLoad();
    log(`participant first load (brotli): ${bundle.files.map((f) => `${f.file} ${f.brotliKb} kB`).join(', ')}`);
  }
  let scale: VoteScaleFigures[] = [];
  if (scalePhones > 0) {
    log('votes by board size:');
    scale = await voteScale(pool, scalePhones, options, log);
  }
  const exports = oursOnly ? {} : await exportFigures();
  const combined = oursOnly ? {} : await combinedFigures();
  if (!oursOnly) await clusterRun();
  const pages = oursOnly ? [] : await phonePages();
  const rows = [...rowsOf(ours, relay, exports), ...combinedRows(combined), ...voteScaleRows(scale), ...pollRows(poll)];
  printRows(rows);
  if (pages.length) log(phonePagesTable(pages));
  if (bundle) log(bundleTable(bundle));
  if (!oursOnly) {
    const strip = ({ boardJson: _b, ideaIds: _i, ...figures }: typeof ours) => figures;
    const details = { options, workers, ours: strip(ours), baseline: relay && strip(relay), bundle, phonePages: pages, voteScale: scale, poll };
    const loadAverage = [loadAtStart, Math.round(os.loadavg()[0]! * 10) / 10];
    writeResults({ date: new Date().toISOString(), command, phones: options.phones, loadAverage, rows, details });
    if (pages.length) writePhonePages({ date: new Date().toISOString(), command, loadAverage, runs: lighthouseRuns, pages, bundle });
    log('wrote docs/benchmarks.json and the table in docs/benchmarks.md');
  }
} finally {
  for (const target of running) await target.stop();
  await pool.close();
}
