// Turns the figures into rows (value, baseline, ratio, target), prints them, and writes them where the
// docs keep them: docs/benchmarks.json and the table between the markers in docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import type { BundleFigures } from './bundle';
import type { PageFigures } from './lighthouse';
import type { TargetFigures } from './measure';
import type { VoteScaleFigures } from './voteScale';

export interface Row {
  figure: string;
  ours: number;
  baseline?: number;
  /** Met when true; absent when the figure has no target. */
  target?: { text: string; met: boolean };
}

const ratio = (row: Row) => (row.baseline ? Math.round((row.ours / row.baseline) * 100) / 100 : undefined);

export function rowsOf(ours: TargetFigures, relay: TargetFigures | undefined, extra: Record<string, number>): Row[] {
  const fanOutLimit = relay ? Math.round(relay.fanOut.p99 * 1.3 * 10) / 10 : Number.NaN;
  const joinLimit = relay ? Math.round(relay.joinStorm.p99 * 2 * 10) / 10 : Number.NaN;
  const both = (figure: string, pick: (f: TargetFigures) => number, target?: (value: number) => Row['target']): Row => ({
    figure,
    ours: pick(ours),
    ...(relay ? { baseline: pick(relay) } : {}),
    ...(target ? { target: target(pick(ours)) } : {}),
  });
  const rows: Row[] = [
    both('join storm: complete boards (phones)', (f) => f.joinStorm.n),
    both('join storm: joins refused or failed', (f) => Object.values(f.joinStorm.failures).reduce((a, b) => a + b, 0), (v) => ({ text: '0', met: v === 0 })),
    both('join storm: time to complete board p50 (ms)', (f) => f.joinStorm.p50),
    both('join storm: time to complete board p99 (ms)', (f) => f.joinStorm.p99, relay && ((v) => ({ text: `≤ 2 × baseline = ${joinLimit}`, met: v <= joinLimit }))),
    both('join storm: server CPU per join (ms)', (f) => f.joinStorm.cpuMsPerJoin ?? Number.NaN),
    both('fan-out: add to another phone p50 (ms)', (f) => f.fanOut.p50),
    both('fan-out: add to another phone p99 (ms)', (f) => f.fanOut.p99, relay && ((v) => ({ text: `≤ 1.3 × baseline = ${fanOutLimit}`, met: v <= fanOutLimit }))),
    both('fan-out: add to another phone max (ms)', (f) => f.fanOut.max),
    both('fan-out: add to all other phones p50 (ms)', (f) => f.fanOut.untilAll.p50),
    // Idea writes stay within the board's limits: each phone adds its share, then edits its own ideas.
    both('writes: acknowledged idea writes per second (adds, then edits)', (f) => f.ideaWrites.perSecond, (v) => ({ text: '≥ 2000', met: v >= 2000 })),
    both('writes: of which idea adds per second', (f) => f.ideaWrites.perSecondBy.add ?? 0),
    both('writes: of which idea edits per second', (f) => f.ideaWrites.perSecondBy.edit ?? 0),
    both('writes: idea adds acknowledged (within the board limits)', (f) => f.ideaWrites.ackedBy.add ?? 0),
    both('writes: idea writes refused or unanswered (not counted)', (f) => f.ideaWrites.refused, (v) => ({ text: '0', met: v === 0 })),
    both('writes: acknowledged votes per second', (f) => f.votes.perSecond, (v) => ({ text: '≥ 2000', met: v >= 2000 })),
    both('writes: votes refused or unanswered (not counted)', (f) => f.votes.refused, (v) => ({ text: '0', met: v === 0 })),
    both('writes: idea write ack p99 (ms)', (f) => f.ideaWrites.latency.p99),
    both('writes: server cores busy during idea writes', (f) => f.ideaWrites.cores.server),
    both('writes: phone workers cores busy during idea writes', (f) => f.ideaWrites.cores.phones),
    both('writes: server CPU per acknowledged idea write (ms)', (f) => f.ideaWrites.cpuMsPerWrite),
    both('writes: server CPU per acknowledged vote (ms)', (f) => f.votes.cpuMsPerWrite),
    // The target is judged on live memory: RSS moves by more than 30 KB per phone either way as the allocator
    // returns pages (docs/benchmarks.md), so it is shown but cannot decide.
    both('memory: server live heap + buffers per connected phone (KB)', (f) => f.memory.livePerPhoneKb, (v) => ({ text: '≤ 30', met: v <= 30 })),
    both('memory: server RSS per connected phone (KB), noisy', (f) => f.memory.perPhoneKb),
    both('correctness: acknowledged ideas lost (phone × idea)', (f) => f.correctness.lost, (v) => ({ text: '0', met: v === 0 })),
    both('correctness: ideas duplicated (phone × idea)', (f) => f.correctness.duplicated, (v) => ({ text: '0', met: v === 0 })),
  ];
  // Export timings (bench/exports.ts), target under a second each; the cold PDF includes starting Chromium once.
  for (const [name, value] of Object.entries(extra)) {
    const label = name === 'pdfCold' ? 'pdf, Chromium not yet running' : name;
    rows.push({ figure: `export of 10,000 ideas: ${label} (ms)`, ours: value, target: { text: '< 1000', met: value < 1000 } });
  }
  return rows;
}

/** The combined view of the largest series it takes (bench/combined.ts), target under 2 s per format. */
export function combinedRows(figures: Record<string, number>): Row[] {
  return Object.entries(figures)
    .filter(([, ms]) => ms >= 0)
    .map(([format, ms]) => ({ figure: `combined view of 50 workshops, 50,000 ideas: ${format} (ms)`, ours: ms, target: { text: '< 2000', met: ms < 2000 } }));
}

/** Votes per second by board size: the large board within 10 % of the small one. */
export function voteScaleRows(scale: VoteScaleFigures[]): Row[] {
  const small = scale.find((f) => f.ideas === 1000);
  return scale.map((f) => ({
    figure: `writes: acknowledged votes per second on a ${f.ideas.toLocaleString('en')}-idea board (${f.phones} phones)`,
    ours: f.perSecond,
    ...(small && f !== small ? { target: { text: `≥ 0.9 × ${small.perSecond} = ${Math.round(small.perSecond * 0.9)}`, met: f.perSecond >= small.perSecond * 0.9 } } : {}),
  }));
}

/** What the build gives a phone on its first load (bench/bundle.ts), as the server sends it. */
export function bundleTable(bundle: BundleFigures): string {
  return [
    '| participant first load, as built | kB | target | met |',
    '|---|--:|---|---|',
    `| JS, brotli (what current browsers are sent) | ${bundle.jsBrotliKb} | ≤ 90 | ${bundle.jsBrotliKb <= 90 ? 'met' : '**missed**'} |`,
    `| JS, gzip (browsers without brotli) | ${bundle.jsGzipKb} |  |  |`,
    `| index.html with its stylesheet inlined, brotli | ${bundle.htmlBrotliKb} |  |  |`,
    `| files: ${bundle.files.map((f) => `${f.file} ${f.brotliKb}`).join(', ')} |  |  |  |`,
  ].join('\n');
}

/** The phone's Lighthouse figures (bench/lighthouse.ts), both pages side by side, with their targets. */
export function phonePagesTable(pages: PageFigures[]): string {
  const join = pages.find((p) => p.page === 'join');
  const board = pages.find((p) => p.page === 'board');
  const figures: [string, (p: PageFigures) => number, [string, (v: number) => boolean]?][] = [
    ['performance score', (p) => p.performance, ['≥ 95', (v) => v >= 95]],
    ['first contentful paint (ms)', (p) => p.fcpMs],
    ['largest contentful paint (ms)', (p) => p.lcpMs, ['≤ 2000', (v) => v <= 2000]],
    ['total blocking time (ms)', (p) => p.tbtMs, ['≤ 100', (v) => v <= 100]],
    ['cumulative layout shift', (p) => p.cls],
    ['speed index (ms)', (p) => p.speedIndexMs],
    ['bytes transferred, every request with its headers (kB)', (p) => p.transferKb, ['≤ 110', (v) => v <= 110]],
    // Not the first load's JS (the table below holds that target): Lighthouse counts until the page is idle, so also
    // the chunks fetched after the first paint, its English strings (its Chromium asks for English) and headers.
    ['JS transferred until idle, with headers and Lighthouse’s English strings (kB)', (p) => p.scriptKb],
    ['JS loaded but not run on this page (kB, Lighthouse estimate)', (p) => p.unusedScriptKb],
    ['script parse and evaluation, 4× slower CPU (ms)', (p) => p.scriptBootupMs],
  ];
  const cell = (page: PageFigures | undefined, pick: (p: PageFigures) => number) => (page ? String(pick(page)) : '');
  const met = (page: PageFigures | undefined, pick: (p: PageFigures) => number, test: (v: number) => boolean) =>
    page ? (test(pick(page)) ? 'met' : '**missed**') : '';
  const lines = ['| figure | join page | board (collecting, 100 ideas) | target | met: join / board |', '|---|--:|--:|---|---|'];
  for (const [figure, pick, target] of figures) {
    const verdict = target ? `${met(join, pick, target[1])} / ${met(board, pick, target[1])}` : '';
    lines.push(`| ${figure} | ${cell(join, pick)} | ${cell(board, pick)} | ${target?.[0] ?? ''} | ${verdict} |`);
  }
  return lines.join('\n');
}

export function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, node: process.version, os: `${os.type()} ${os.release()}` };
}

export function markdownTable(rows: Row[]): string {
  const lines = ['| figure | ours | baseline relay | ratio ours/baseline | target | met |', '|---|--:|--:|--:|---|---|'];
  for (const row of rows) {
    const met = row.target ? (row.target.met ? 'met' : '**missed**') : '';
    lines.push(`| ${row.figure} | ${row.ours} | ${row.baseline ?? ''} | ${ratio(row) ?? ''} | ${row.target?.text ?? ''} | ${met} |`);
  }
  return lines.join('\n');
}

export function printRows(rows: Row[]): void {
  console.table(rows.map((r) => ({ figure: r.figure, ours: r.ours, baseline: r.baseline ?? '', ratio: ratio(r) ?? '', target: r.target?.text ?? '', met: r.target ? r.target.met : '' })));
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const PHONE_START = '<!-- lighthouse:start -->';
const PHONE_END = '<!-- lighthouse:end -->';

/** Replaces what lies between two markers of docs/benchmarks.md. */
function replaceSection(start: string, end: string, section: string): void {
  const doc = fs.readFileSync('docs/benchmarks.md', 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`docs/benchmarks.md lacks the markers ${start} ${end}`);
  fs.writeFileSync('docs/benchmarks.md', doc.slice(0, from) + [start, section, end].join('\n') + doc.slice(to + end.length));
}

/**
 * The phone's figures (Lighthouse and the build's sizes) have their own tables, so `BENCH_ONLY=lighthouse` refreshes them without
 * rerunning (or overwriting) the socket figures.
 */
export function writePhonePages(result: {
  date: string;
  command: string;
  loadAverage: number[];
  runs: number;
  pages: PageFigures[];
  bundle: BundleFigures | undefined;
}): void {
  const host = machine();
  replaceSection(
    PHONE_START,
    PHONE_END,
    [
      `Last run: ${result.date} · \`${result.command}\` · median of ${result.runs} Lighthouse runs per page · ${host.cpu}, ${host.cores} cores, Node ${host.node} · load average (1 min) ${result.loadAverage.join(' at the start, ')} at the end`,
      '',
      phonePagesTable(result.pages),
      ...(result.bundle ? ['', bundleTable(result.bundle)] : []),
    ].join('\n'),
  );
}

/** A scenario's own table (`<!-- NAME:start -->` … `end`), refreshed by the full run or by `BENCH_ONLY=NAME` alone. */
export function writeScenarioSection(name: 'keynote' | 'cluster' | 'reactions', result: { date: string; command: string; loadAverage: number[]; setting: string; table: string }): void {
  const host = machine();
  replaceSection(
    `<!-- ${name}:start -->`,
    `<!-- ${name}:end -->`,
    [`Last run: ${result.date} · \`${result.command}\` · ${result.setting} · ${host.cpu}, ${host.cores} cores, Node ${host.node} · load average (1 min) ${result.loadAverage.join(' at the start, ')} at the end`, '', result.table].join('\n'),
  );
}

export function writeResults(result: { date: string; command: string; phones: number; loadAverage: number[]; rows: Row[]; details: unknown }): void {
  const host = machine();
  fs.writeFileSync('docs/benchmarks.json', `${JSON.stringify({ ...result, machine: host }, null, 2)}\n`);
  const section = [
    `Last run: ${result.date} · \`${result.command}\` · N = ${result.phones} phones · ${host.cpu}, ${host.cores} cores, Node ${host.node}, ${host.os} · load average (1 min) ${result.loadAverage.join(' at the start, ')} at the end`,
    '',
    markdownTable(result.rows),
  ].join('\n');
  replaceSection(START, END, section);
}
