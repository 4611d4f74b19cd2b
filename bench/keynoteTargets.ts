// The keynote's targets, each judged on ours (docs/benchmarks.md lists them under its table).
import type { PhaseFigures } from './keynotePhases';

type Check = [string, (phases: PhaseFigures[]) => boolean];

const phase = (phases: PhaseFigures[], name: string) => phases.find((p) => p.phase.startsWith(name));
const all = (phases: PhaseFigures[], test: (p: PhaseFigures) => boolean) => phases.every(test);
const projectorMs = (p: PhaseFigures | undefined) => Number(/held the last \w+ (-?\d+) ms/.exec(p?.note ?? '')?.[1] ?? Number.NaN);

/** `endLiveMb`: the server's live memory (heap in use and buffers) after a full collection once the phases are over. */
export function keynoteTargets(phones: number, endLiveMb?: number): Check[] {
  const peakOf = (f: PhaseFigures[]) => Math.max(...f.map((p) => p.peakRssMb));
  return [
    [`all ${phones} phones hold the board within 60 s, none refused`, (f) => { const j = phase(f, `${phones} phones join`); return j?.acked === phones && j.lastAckSeconds <= 60; }],
    ['every write of every phase acknowledged, none refused', (f) => all(f, (p) => p.refused === 0 && p.acked === p.offered)],
    ['every poll answer acknowledged within 10 s of the poll opening', (f) => { const p = phase(f, 'poll'); return p !== undefined && p.acked === phones && p.lastAckSeconds <= 10; }],
    ['the projector holds the last answer within 1 s of its acknowledgement', (f) => projectorMs(phase(f, 'poll')) <= 1000],
    ['nothing acknowledged lost or counted twice; every phone ends with the exact counts', (f) => all(f, (p) => p.lost === 0 && p.doubled === 0 && !p.wrongScreens)],
    [
      'peak server RSS ≤ 1.5 GB, and lower after the last phase than at its peak (RSS, or live memory after a full collection)',
      (f) => all(f, (p) => p.peakRssMb <= 1536) && ((f.at(-1)?.finalRssMb ?? 0) < peakOf(f) || (endLiveMb ?? Infinity) < peakOf(f)),
    ],
  ];
}
