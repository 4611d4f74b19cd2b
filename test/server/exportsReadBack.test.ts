// The report and the workbook, opened as a person would (pdftotext, exceljs): the running item reads
// "21.05– (i gang)", groups and the kind of partnership are printed, and the workbook has real times and filters.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/state';
import { zonedClock, zonedDate } from '../../shared/time';
import { startServer, type TestServer } from '../kit/testServer';
import { seedWorkshop } from '../kit/workshop';

let server: TestServer;
let workshop: Awaited<ReturnType<typeof seedWorkshop>>;
let state: SessionState;
beforeAll(async () => {
  server = await startServer();
  workshop = await seedWorkshop(server, { title: 'Partnerskabsdag' }); // the second programme item is on now
  state = workshop.facilitator.state!;
});
afterAll(async () => {
  await server.close();
});

const download = (file: string) =>
  fetch(`${server.url}/api/sessions/${workshop.created.sessionId}/${file}`, { headers: { authorization: `Bearer ${workshop.created.facilitatorKey}` } });
const running = () => state.agenda.items.find((i) => i.actualStart !== null && i.actualEnd === null)!;

describe('the report', () => {
  it('shows the item on now as started and running, and prints groups and the kind of partnership', async () => {
    const html = await (await download('report.html')).text();
    expect(html).not.toContain('––');
    expect(html).toContain(`${zonedClock(running().actualStart!)}– (i gang)`);
    expect(html).toContain('Gruppe:</span> Job &amp; læring');
    expect(html).toContain('Slags partnerskab:</span> Lokalt · Langvarigt');
  });

  it('reads the same in the PDF, as pdftotext extracts it', async () => {
    const res = await download('report.pdf');
    expect(res.status).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-pdf-')), 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).not.toMatch(/\d\d\.\d\d––/);
    expect(text).toContain(`${zonedClock(running().actualStart!)}– (i gang)`);
    expect(text).toContain('Gruppe: Job & læring');
    expect(text).toContain('Slags partnerskab: Lokalt · Langvarigt');
  });
});

describe('the workbook', () => {
  it('holds real date and time cells in Copenhagen time, and filter buttons on the ideas sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await download('export.xlsx')).arrayBuffer());
    const ideas = book.getWorksheet('Idéer')!;
    expect(ideas.autoFilter).toBeTruthy();
    const headings = (ideas.getRow(1).values as unknown[]).slice(1);
    const createdColumn = headings.indexOf('Oprettet') + 1;
    const cell = ideas.getRow(2).getCell(createdColumn);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
    // The cell shows the wall clock in Copenhagen: its UTC fields are that time.
    const shown = (cell.value as Date).toISOString();
    const top = state.board.ideas.find((i) => i.id === workshop.ids.top)!;
    expect(`${shown.slice(0, 10)} ${shown.slice(11, 13)}.${shown.slice(14, 16)}`).toBe(`${zonedDate(top.createdAt)} ${zonedClock(top.createdAt)}`);

    const programme = book.getWorksheet('Program')!;
    const first = programme.getRow(2);
    expect(first.getCell(4).value).toBeInstanceOf(Date);
    expect(first.getCell(4).numFmt).toBe('hh:mm');
    const planned = first.getCell(4).value as Date;
    expect(`${String(planned.getUTCHours()).padStart(2, '0')}.${String(planned.getUTCMinutes()).padStart(2, '0')}`).toBe(zonedClock(state.agenda.items[0]!.start));
    expect(programme.getRow(4).getCell(6).value).toBe('–'); // not run yet: text, not a time
  });
});
