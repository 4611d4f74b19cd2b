// The organiser's combined view of three workshops of one series, against figures worked out by hand, and its
// files read back as a person would open them (exceljs, csv-parse, pdftotext).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CombinedView } from '../../shared/http/combined';
import { combinedViewSchema } from '../../shared/http/combined';
import { type Created, startServer, type TestServer } from '../kit/testServer';
import { runWorkshop } from '../kit/series';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
let server: TestServer;
let aarhus: Created;
let vejle: Created;
let odense: Created;

beforeAll(async () => {
  server = await startServer({ adminToken: ADMIN_TOKEN });
  aarhus = await runWorkshop(server, {
    title: 'Partnerskaber — Aarhus',
    date: '2026-11-10',
    phones: 2,
    ideas: [
      { sector: 'public', text: 'Lektiecafé', partner: 'Røde Kors', dotsFrom: [0, 1] },
      { sector: 'market', text: 'Kaffebar i foyeren', partner: 'Ølstuen' },
      { sector: 'civil', text: 'Fortælleklub', partner: 'Ældre Sagen', dotsFrom: [0] },
    ],
    pollChoices: [0, 1],
    question: 'Hvordan finansierer vi det?',
  });
  vejle = await runWorkshop(server, {
    title: 'Partnerskaber — Vejle',
    date: '2026-11-20',
    phones: 3,
    ideas: [
      { sector: 'public', text: 'Sprogcafé', partner: 'RØDE  KORS.' },
      { sector: 'civil', text: 'Læseklub for ældre', partner: 'ældre sagen' },
      { sector: 'civil', text: 'Naturdage', partner: 'Spejderne', dotsFrom: [0, 1, 2] },
      { sector: 'market', text: 'Skjult idé', partner: 'Skjult partner', hidden: true },
    ],
    pollChoices: [0, 0, 2],
  });
  odense = await runWorkshop(server, { title: 'Partnerskaber — Odense', date: '2026-12-01', phones: 1, ideas: [{ sector: 'market', text: 'Pop-up bar', partner: 'Ølstuen' }] });
  const archived = await admin('PATCH', `/sessions/${odense.sessionId}`, { status: 'archived' });
  expect(archived.status).toBe(200);
});
afterAll(async () => {
  await server.close();
});

function admin(method: string, route: string, body?: object, token = ADMIN_TOKEN) {
  return fetch(`${server.url}/api/admin${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

const idsOf = (...created: Created[]) => created.map((c) => c.sessionId).join(',');
const combined = (format: string, query: string, token?: string) => admin('GET', `/combined.${format}?${query}`, undefined, token);

async function view(): Promise<CombinedView> {
  const res = await combined('json', `ids=${idsOf(aarhus, vejle, odense)}`);
  expect(res.status).toBe(200);
  return combinedViewSchema.parse(await res.json());
}

describe('the combined view of a series of workshops', () => {
  it('gives each workshop its figures, in the order asked, the archived one included', async () => {
    const { workshops } = await view();
    expect(workshops.map((w) => [w.title, w.date, w.status, w.participants, w.ideas, w.votes, w.questions, w.pollAnswers])).toEqual([
      ['Partnerskaber — Aarhus', '2026-11-10', 'active', 2, 3, 3, 1, 2],
      ['Partnerskaber — Vejle', '2026-11-20', 'active', 3, 3, 3, 0, 3],
      ['Partnerskaber — Odense', '2026-12-01', 'archived', 1, 1, 0, 0, 0],
    ]);
    expect(workshops[1]!.sectors.map((s) => [s.sector, s.ideas, s.votes, s.share])).toEqual([
      ['public', 1, 0, 1 / 3],
      ['market', 0, 0, 0],
      ['civil', 2, 3, 2 / 3],
    ]);
    expect(workshops[2]!.sectors.find((s) => s.sector === 'market')!.share).toBe(1);
  });

  it('ranks the series per sector by votes, leaving out ideas without votes and hidden ones', async () => {
    const { topBySector, ideas } = await view();
    const top = Object.fromEntries(topBySector.map(({ sector, ideas: ranked }) => [sector, ranked.map((i) => [i.text, i.votes, i.workshopId])]));
    expect(top).toEqual({
      public: [['Lektiecafé', 2, aarhus.sessionId]],
      market: [],
      civil: [
        ['Naturdage', 3, vejle.sessionId],
        ['Fortælleklub', 1, aarhus.sessionId],
      ],
    });
    expect(ideas).toHaveLength(7);
    expect(ideas.map((i) => i.text)).not.toContain('Skjult idé');
  });

  it('counts partners across workshops, spellings of one partner as one, shown as typed most often', async () => {
    const { partners } = await view();
    expect(partners.map((p) => [p.label, p.ideas, p.votes, p.workshopIds])).toEqual([
      ['Røde Kors', 2, 2, [aarhus.sessionId, vejle.sessionId]],
      ['Ølstuen', 2, 0, [aarhus.sessionId, odense.sessionId]],
      ['Ældre Sagen', 2, 1, [aarhus.sessionId, vejle.sessionId]],
      ['Spejderne', 1, 3, [vejle.sessionId]],
    ]);
  });

  it('compares the same poll per workshop and combined, and lists each programme item’s questions per workshop', async () => {
    const { polls, questions } = await view();
    expect(polls).toHaveLength(1);
    const [poll] = polls;
    expect(poll!.perWorkshop.map((r) => [r.workshopId, r.respondents, r.results.slice(0, 3).map((x) => x.count)])).toEqual([
      [aarhus.sessionId, 2, [1, 1, 0]],
      [vejle.sessionId, 3, [2, 0, 1]],
    ]);
    expect(poll!.combined.respondents).toBe(5);
    expect(poll!.combined.results.slice(0, 4).map((x) => x.count)).toEqual([3, 1, 1, 0]);
    expect(questions).toEqual([{ item: 'Produktive partnerskaber', perWorkshop: [{ workshopId: aarhus.sessionId, questions: [{ text: 'Hvordan finansierer vi det?', votes: 1, answered: false }] }] }]);
  });

  it('names no participant: no name, no participant id, no author anywhere in the answer', async () => {
    const res = await combined('json', `ids=${idsOf(aarhus, vejle, odense)}`);
    const body = await res.text();
    expect(body).not.toMatch(/Deltager \d|authorId|participantId|voters/);
  });

  it('writes a CSV with a row per idea and its workshop, readable by a spreadsheet', async () => {
    const res = await combined('csv', `ids=${idsOf(aarhus, vejle)}&sep=comma&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="workshops-combined-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(await res.text(), { bom: true, delimiter: ',' }) as string[][];
    expect(rows[0]).toEqual(['Workshop', 'Date', 'Sector', 'Rank', 'Idea', 'Partner', 'Group', 'Votes']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[7]])).toContainEqual(['Partnerskaber — Vejle', 'Naturdage', '3']);
    expect(rows).toHaveLength(7);
  });

  it('writes a workbook with the combined sheets and one sheet per workshop', async () => {
    const res = await combined('xlsx', `ids=${idsOf(aarhus, vejle, odense)}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Overblik',
      'Top pr. sektor',
      'Partnere',
      'Afstemninger',
      'Spørgsmål',
      'Partnerskaber — Aarhus 2026-',
      'Partnerskaber — Vejle 2026-1',
      'Partnerskaber — Odense 2026-',
    ]);
    const overview = book.getWorksheet('Overblik')!;
    expect(overview.getRow(3).values).toEqual(expect.arrayContaining(['Partnerskaber — Vejle', 3, 3]));
    const partners = book.getWorksheet('Partnere')!;
    expect(partners.getRow(2).values).toEqual([undefined, 'Røde Kors', 2, 2, 'Partnerskaber — Aarhus (2026-11-10); Partnerskaber — Vejle (2026-11-20)']);
    expect(book.worksheets[6]!.rowCount).toBe(4);
  });

  it('prints a PDF with the charts and the figures legible as text', async () => {
    const res = await combined('pdf', `ids=${idsOf(aarhus, vejle, odense)}`);
    expect(res.status).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'combined-')), 'combined.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Flere workshops samlet');
    expect(text).toContain('Røde Kors');
    expect(text).toContain('Hvilken grund til partnerskaber vejer tungest');
    expect(text).toContain('Naturdage');
  });
});

describe('who may ask for the combined view, and what it refuses', () => {
  it('refuses a wrong token and a participant’s facilitator key alike', async () => {
    expect((await combined('json', `ids=${aarhus.sessionId}`, 'not-the-organiser-token-0')).status).toBe(403);
    expect((await combined('json', `ids=${aarhus.sessionId}`, aarhus.facilitatorKey)).status).toBe(403);
  });

  it('answers not_found for a deleted or unknown workshop, naming it, too_large for too many, invalid_payload for odd ids', async () => {
    const gone = await server.createSession({ title: 'Slettes', date: '2026-11-30' });
    expect((await admin('DELETE', `/sessions/${gone.sessionId}`)).status).toBe(204);
    const deleted = await combined('json', `ids=${aarhus.sessionId},${gone.sessionId}`);
    expect(deleted.status).toBe(404);
    expect(await deleted.json()).toMatchObject({ ok: false, code: 'not_found', message: expect.stringContaining(gone.sessionId) });
    const many = Array.from({ length: 51 }, (_, i) => `workshop-${String(i).padStart(4, '0')}`).join(',');
    expect(await (await combined('json', `ids=${many}`)).json()).toMatchObject({ code: 'too_large' });
    const odd: [string, number][] = [['__proto__', 404], ['constructor', 404], ['', 400], ['a,b', 400], ['../../etc/passwd', 400]];
    for (const [ids, status] of odd) expect((await combined('json', `ids=${encodeURIComponent(ids)}`)).status, ids).toBe(status);
    // The server is still whole: the three workshops still combine.
    expect((await view()).workshops).toHaveLength(3);
  });
});
