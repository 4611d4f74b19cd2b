// Time to export a 10,000-idea board in each format (ms). Run alone: `npx tsx bench/exports.ts`.
import { pathToFileURL } from 'node:url';
import { sectors } from '../shared/board/framework';
import type { Idea } from '../shared/board/types';
import { emptyBoard } from '../shared/board/initial';
import { toDocument } from '../shared/export/sessionDocument';
import { createFromTemplate } from '../shared/session/create';
import { blankSession } from '../shared/session/evolve';
import { evolve } from '../shared/evolve';
import type { SessionState } from '../shared/state';
import { outOfTheBox } from '../shared/templates/outOfTheBox';
import { ideasCsv } from '../server/export/csv';
import { PdfPrinter } from '../server/export/pdf';
import { reportHtml } from '../server/export/report/html';
import { sessionXlsx } from '../server/export/xlsx';

export const BENCH_IDEAS = 10_000;
const PARTICIPANTS = 500;

/** A finished day with `count` ideas spread over the sectors, full fields, and three dots per participant. */
export function bigWorkshop(count = BENCH_IDEAS): SessionState {
  let n = 0;
  const newId = () => `bench-id-${String(n++).padStart(8, '0')}`;
  const created = createFromTemplate(outOfTheBox, { sessionId: 'bench-session', joinCode: 'BENCH2', date: '2026-11-25', newId, board: emptyBoard() });
  let state = evolve(blankSession('bench-session'), { seq: 1, at: Date.parse('2026-11-25T08:00:00Z'), actor: 'facilitator', event: created });
  const participants: SessionState['participants'] = {};
  for (let p = 0; p < PARTICIPANTS; p++) participants[`participant-${p}`] = { id: `participant-${p}`, name: `Deltager ${p} fra Ærø`, joinedAt: 0 };
  const start = Date.parse('2026-11-25T12:45:00Z');
  const ideas: Idea[] = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    sector: sectors[i % 3]!,
    text: `Idé nr. ${i}: lektiecafé med "frivillige"; æøå ÆØÅ\nog en linje mere om partnerskabet`,
    partner: `Partner ${i % 97} ApS`,
    libraryBrings: 'Lokaler, formidling og adgang til brugerne',
    partnerBrings: 'Viden, frivillige og netværk i lokalsamfundet',
    gains: (i % 3 === 0 ? ['users', 'goodwill'] : i % 3 === 1 ? ['customers'] : ['facilities']) as Idea['gains'],
    reasons: ['community', 'network'],
    kind: { reach: 'local', duration: 'long' },
    authorId: `participant-${i % PARTICIPANTS}`,
    createdAt: start + i * 300,
    updatedAt: start + i * 300,
    version: 1,
    hidden: false,
    groupId: null, tableId: null,
    votes: i < PARTICIPANTS * 3 ? { [`participant-${i % PARTICIPANTS}`]: 1 } : {},
  }));
  state = { ...state, participants, board: { ...state.board, phase: 'results', ideas } };
  return state;
}

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** A server exports from a warm process: one run to warm up, then the median of three. */
async function medianOf(run: () => unknown): Promise<number> {
  await run();
  const runs = [await timed(run), await timed(run), await timed(run)].sort((a, b) => a - b);
  return Math.round(runs[1]!);
}

/** Median milliseconds per format for BENCH_IDEAS ideas; pdfCold includes starting Chromium; -1 without Chromium. */
export async function benchExports(): Promise<Record<string, number>> {
  const state = bigWorkshop();
  const now = Date.now();
  const figures: Record<string, number> = {
    csv: await medianOf(() => ideasCsv(state, 'da', ';')),
    xlsx: await medianOf(() => sessionXlsx(state, 'da')),
    json: await medianOf(() => JSON.stringify(toDocument(state, now), null, 2)),
    html: await medianOf(() => reportHtml(state, 'da')),
  };
  const printer = new PdfPrinter();
  try {
    figures.pdfCold = Math.round(await timed(() => printer.print(reportHtml(state, 'da'))));
    figures.pdf = await medianOf(() => printer.print(reportHtml(state, 'da')));
  } catch {
    figures.pdfCold = figures.pdf = -1;
  } finally {
    await printer.close();
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchExports();
  console.log(`Export of ${BENCH_IDEAS.toLocaleString('en')} ideas (ms):`);
  for (const [format, ms] of Object.entries(figures)) console.log(`  ${format.padEnd(7)} ${ms < 0 ? 'skipped (no Chromium)' : ms}`);
}
