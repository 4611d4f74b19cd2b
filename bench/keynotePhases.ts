// What one phase of the keynote cost the server and what the phones got: the rows of its table in
// docs/benchmarks.md, ours and the relay side by side where the relay can do the same.
import os from 'node:os';
import { cpuSeconds, rssKb } from './proc';
import { sleep } from './protocol';

/** What a phase reports of itself; the wrapper adds what it cost. */
export interface PhaseOutcome {
  /** Joins or writes offered. */
  offered: number;
  acked: number;
  refused: number;
  p50: number;
  p99: number;
  /** From the phase's start to the last acknowledgement (or the last phone holding the board). */
  lastAckSeconds: number;
  lost: number;
  doubled: number;
  /** Phones whose counts differ from the server's at the end; null where the phones got counts as events. */
  wrongScreens: number | null;
  /** What else this phase is judged by, already worded, e.g. the projector's delay. */
  note?: string;
}

export interface PhaseFigures extends PhaseOutcome {
  phase: string;
  cpuMsPerWrite: number;
  /** The server's CPU time over the phase. */
  cpuMs: number;
  peakRssMb: number;
  /** Resident memory a few seconds after the phase. */
  finalRssMb: number;
  load: number;
}

const SAMPLE_MS = 200;
const SETTLE_MS = 3000;

/** Runs a phase while sampling the server's resident memory, then lets it settle and reads what it cost. */
export async function measuredPhase(pid: number, phase: string, run: () => Promise<PhaseOutcome>): Promise<PhaseFigures> {
  const cpuBefore = cpuSeconds(pid);
  let peak = rssKb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), SAMPLE_MS);
  let outcome: PhaseOutcome;
  try {
    outcome = await run();
  } finally {
    clearInterval(sampler);
  }
  const cpuMs = (cpuSeconds(pid) - cpuBefore) * 1000;
  await sleep(SETTLE_MS);
  const mb = (kb: number) => Math.round(kb / 1024);
  return {
    phase,
    ...outcome,
    cpuMsPerWrite: Math.round((cpuMs / Math.max(1, outcome.acked)) * 100) / 100,
    cpuMs: Math.round(cpuMs),
    peakRssMb: mb(Math.max(peak, rssKb(pid))),
    finalRssMb: mb(rssKb(pid)),
    load: Math.round(os.loadavg()[0]! * 10) / 10,
  };
}

const HEAD = ['phase', 'server', 'acknowledged (of offered)', 'refused', 'ack p50 (ms)', 'ack p99 (ms)', 'last ack (s)', 'lost / doubled', 'screens wrong at the end', 'server CPU per write (ms)', 'peak RSS (MB)', 'RSS after (MB)', 'load (1 min)', 'also'];

function cells(f: PhaseFigures, server: string): string[] {
  return [f.phase, server, `${f.acked} (${f.offered})`, `${f.refused}`, `${f.p50}`, `${f.p99}`, `${f.lastAckSeconds}`, `${f.lost} / ${f.doubled}`, f.wrongScreens === null ? '–' : `${f.wrongScreens}`, `${f.cpuMsPerWrite}`, `${f.peakRssMb}`, `${f.finalRssMb}`, `${f.load}`, f.note ?? ''];
}

/** One row per phase and server, ours first. */
export function phaseTable(ours: PhaseFigures[], relay: PhaseFigures[]): string {
  const rows = ours.flatMap((f) => {
    const theirs = relay.find((r) => r.phase === f.phase);
    return [cells(f, 'ours'), ...(theirs ? [cells(theirs, 'relay')] : [])];
  });
  const line = (c: string[]) => `| ${c.join(' | ')} |`;
  return [line(HEAD), line(HEAD.map((_, i) => (i < 2 || i === HEAD.length - 1 ? '---' : '--:'))), ...rows.map(line)].join('\n');
}

/** Each target of the keynote, met or not, as a line under the table. */
export function targetLines(ours: PhaseFigures[], checks: [string, (f: PhaseFigures[]) => boolean][]): string {
  return checks.map(([text, met]) => `- ${met(ours) ? 'met' : '**not met**'}: ${text}`).join('\n');
}
