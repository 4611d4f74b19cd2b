// Turns the figures into rows (value, baseline, ratio, target), prints them, and writes them where the
// docs keep them: docs/benchmarks.json and the table between the markers in docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import type { BundleFigures } from './bundle';
import type { PageFigures } from './lighthouse';
import type { TargetFigures } from './measure';

export interface Row {
  figure: string;
  ours: number;
  baseline?: number;
  /** Met when true; absent when the figure has no target. */
  target?: { text: string; met: boolean };
}

const ratio = (row: Row) => (row.baseline ? Math.round((row.ours / row.baseline) * 100) / 100 : undefined);

export function rowsOf(
  ours: TargetFigures,
  relay: TargetFigures | undefined,
  bundle: BundleFigures | undefined,
  extra: Record<string, number>,
  phonePages: PageFigures[] = [],
): Row[] {
  const fanOutLimit = relay ? Math.round(relay.fanOut.p99 * 1.3 * 10) / 10 : Number.NaN;
  const both = (figure: string, pick: (f: TargetFigures) => number, target?: (value: number) => Row['target']): Row => ({
    figure,
    ours: pick(ours),
    ...(relay ? { baseline: pick(relay) } : {}),
    ...(target ? { target: target(pick(ours)) } : {}),
  });
  const rows: Row[] = [
    both('join storm: complete boards (phones)', (f) => f.joinStorm.n),
    both('join storm: time to complete board p50 (ms)', (f) => f.joinStorm.p50),
    both('join storm: time to complete board p99 (ms)', (f) => f.joinStorm.p99),
    both('fan-out: add to another phone p50 (ms)', (f) => f.fanOut.p50),
    both('fan-out: add to another phone p99 (ms)', (f) => f.fanOut.p99, relay && ((v) => ({ text: `≤ 1.3 × baseline = ${fanOutLimit}`, met: v <= fanOutLimit }))),
    both('fan-out: add to another phone max (ms)', (f) => f.fanOut.max),
    both('fan-out: add to all other phones p50 (ms)', (f) => f.fanOut.untilAll.p50),
    both('writes: acknowledged idea adds per second', (f) => f.adds.perSecond, (v) => ({ text: '≥ 2000', met: v >= 2000 })),
    both('writes: acknowledged votes per second', (f) => f.votes.perSecond, (v) => ({ text: '≥ 2000', met: v >= 2000 })),
    both('writes: idea add ack p99 (ms)', (f) => f.adds.latency.p99),
    both('writes: server cores busy during adds', (f) => f.adds.cores.server),
    both('writes: phone workers cores busy during adds', (f) => f.adds.cores.phones),
    // The target is judged on live memory: RSS moves by more than 30 KB per phone either way as the allocator
    // returns pages (docs/benchmarks.md), so it is shown but cannot decide.
    both('memory: server live heap + buffers per connected phone (KB)', (f) => f.memory.livePerPhoneKb, (v) => ({ text: '≤ 30', met: v <= 30 })),
    both('memory: server RSS per connected phone (KB), noisy', (f) => f.memory.perPhoneKb),
    both('correctness: acknowledged ideas lost (phone × idea)', (f) => f.correctness.lost, (v) => ({ text: '0', met: v === 0 })),
    both('correctness: ideas duplicated (phone × idea)', (f) => f.correctness.duplicated, (v) => ({ text: '0', met: v === 0 })),
  ];
  if (bundle) {
    rows.push({ figure: 'participant first load: JS as sent, brotli (kB)', ours: bundle.jsBrotliKb, target: { text: '≤ 90', met: bundle.jsBrotliKb <= 90 } });
    rows.push({ figure: 'participant first load: JS gzipped, for browsers without brotli (kB)', ours: bundle.jsGzipKb });
    rows.push({ figure: 'participant first load: index.html with its CSS inlined, brotli (kB)', ours: bundle.htmlBrotliKb });
  }
  rows.push(...phonePages.flatMap(phonePageRows));
  // Export timings (bench/exports.ts), target under a second each; the cold PDF includes starting Chromium once.
  for (const [name, value] of Object.entries(extra)) {
    const label = name === 'pdfCold' ? 'pdf, Chromium not yet running' : name;
    rows.push({ figure: `export of 10,000 ideas: ${label} (ms)`, ours: value, target: { text: '< 1000', met: value < 1000 } });
  }
  return rows;
}

/** Lighthouse's figures for one page of the phone (bench/lighthouse.ts), with the targets. */
export function phonePageRows(page: PageFigures): Row[] {
  const name = `Lighthouse mobile, slow 4G, ${page.page === 'join' ? 'join page' : 'board (collecting, 100 ideas)'}`;
  const row = (figure: string, value: number, target?: [string, (v: number) => boolean]): Row => ({
    figure: `${name}: ${figure}`,
    ours: value,
    ...(target ? { target: { text: target[0], met: target[1](value) } } : {}),
  });
  return [
    row('performance score', page.performance, ['≥ 95', (v) => v >= 95]),
    row('first contentful paint (ms)', page.fcpMs),
    row('largest contentful paint (ms)', page.lcpMs, ['≤ 2000', (v) => v <= 2000]),
    row('total blocking time (ms)', page.tbtMs, ['≤ 100', (v) => v <= 100]),
    row('cumulative layout shift', page.cls),
    row('bytes transferred, all resources with headers (kB)', page.transferKb, ['≤ 110', (v) => v <= 110]),
    row('JS transferred, with headers (kB)', page.scriptKb, ['≤ 90', (v) => v <= 90]),
    row('JS loaded but not run (kB, Lighthouse estimate)', page.unusedScriptKb),
    row('script evaluation and parse, 4× slower CPU (ms)', page.scriptBootupMs),
  ];
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

export function writeResults(result: { date: string; command: string; phones: number; loadAverage: number[]; rows: Row[]; details: unknown }): void {
  const host = machine();
  fs.writeFileSync('docs/benchmarks.json', `${JSON.stringify({ ...result, machine: host }, null, 2)}\n`);
  const section = [
    START,
    `Last run: ${result.date} · \`${result.command}\` · N = ${result.phones} phones · ${host.cpu}, ${host.cores} cores, Node ${host.node}, ${host.os} · load average (1 min) ${result.loadAverage.join(' at the start, ')} at the end`,
    '',
    markdownTable(result.rows),
    END,
  ].join('\n');
  const doc = fs.readFileSync('docs/benchmarks.md', 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0) throw new Error('docs/benchmarks.md lacks the bench markers');
  fs.writeFileSync('docs/benchmarks.md', doc.slice(0, start) + section + doc.slice(end + END.length));
}
