import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gainsBySector, sectorLabels, type Label } from '../../shared/board/framework';
import { voteTotal } from '../../shared/board/ideas';
import type { SessionState } from '../../shared/state';
import { zonedClock, zonedDate } from '../../shared/time';
import { startServer, type TestServer } from '../kit/testServer';
import { seedWorkshop, trickyTexts } from '../kit/workshop';
import { mintDownload } from '../kit/workshops';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
let server: TestServer;
let workshop: Awaited<ReturnType<typeof seedWorkshop>>;
let state: SessionState;

beforeAll(async () => {
  server = await startServer({ adminToken: ADMIN_TOKEN });
  workshop = await seedWorkshop(server, { title: 'Partnerskabsdag på Ærø' });
  state = workshop.facilitator.state!;
});
afterAll(async () => {
  await server.close();
});

async function download(path: string, key: string | null = workshop.created.facilitatorKey, sessionId = workshop.created.sessionId) {
  const headers: Record<string, string> = key === null ? {} : { authorization: `Bearer ${key}` };
  return fetch(`${server.url}/api/sessions/${sessionId}/${path}`, { headers });
}

/** The board as the facilitator's own mirror holds it, computed here without the export code. */
function expectedIdeas() {
  return state.board.ideas
    .filter((idea) => !idea.hidden)
    .map((idea) => ({
      sector: sectorLabels[idea.sector].da,
      text: idea.text,
      partner: idea.partner,
      gains: idea.gains.map((g) => ((gainsBySector[idea.sector] as Record<string, Label>)[g]!).da).join('; '),
      votes: String(voteTotal(idea)),
      author: idea.authorId ? state.participants[idea.authorId]!.name : 'Facilitator',
      created: `${zonedDate(idea.createdAt)} ${zonedClock(idea.createdAt)}`,
    }));
}

/** Read as bytes: fetch's text() would quietly drop the BOM that Excel needs. */
function csvRecords(bytes: Buffer, delimiter: string) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [headings, ...rows] = parse(bytes, { bom: true, delimiter }) as string[][];
  const column = (name: string) => headings!.indexOf(name);
  return rows.map((row) => ({
    sector: row[column('Sektor')],
    text: row[column('Idé')],
    partner: row[column('Partner')],
    gains: row[column('Partneren får')],
    votes: row[column('Stemmer')],
    author: row[column('Forfatter')],
    created: row[column('Oprettet')],
  }));
}

const bySectorAndText = (a: { sector?: string; text?: string }, b: { sector?: string; text?: string }) =>
  `${a.sector}${a.text}`.localeCompare(`${b.sector}${b.text}`);

describe('CSV export', () => {
  it.each([
    ['semicolon', 'export.csv', ';'],
    ['comma', 'export.csv?sep=comma', ','],
  ])('reads back with a real CSV parser (%s separated) as the visible board', async (_name, path, delimiter) => {
    const res = await download(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const records = csvRecords(Buffer.from(await res.arrayBuffer()), delimiter);
    expect(records.sort(bySectorAndText)).toEqual(expectedIdeas().sort(bySectorAndText));
    expect(records.map((r) => r.text)).not.toContain('Skjult idé, som ikke må eksporteres');
  });

  it('ranks ideas within each sector by votes and names the group', async () => {
    const [headings, ...rows] = parse(await (await download('export.csv')).text(), { bom: true, delimiter: ';' }) as string[][];
    const top = rows[0]!;
    expect(top[headings!.indexOf('Idé')]).toBe(trickyTexts.public);
    expect(top[headings!.indexOf('Placering')]).toBe('1');
    expect(top[headings!.indexOf('Gruppe')]).toBe('Job & læring');
    expect(top[headings!.indexOf('Partneren bidrager med')]).toBe('Vejledere\nhver tirsdag');
  });

  it('speaks English on ?lang=en', async () => {
    const text = await (await download('export.csv?lang=en')).text();
    // The seminar is held at tables: its ideas say at which.
    expect(text).toContain('Sector;Table;Rank;Group;Idea;Partner');
    expect(text).toContain('The public sector');
  });

  it('names the file after the workshop and its day, Danish letters included', async () => {
    const res = await download('export.csv');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toContain(`filename="partnerskabsdag-paa-aeroe-${state.date}.csv"`);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`partnerskabsdag-på-ærø-${state.date}.csv`)}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('XLSX export', () => {
  it('reads back with a real XLSX reader: sheets with the rows of the board, the programme, its changes and the totals', async () => {
    const res = await download('export.xlsx');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const tables = ['Bord 1', 'Bord 2', 'Bord 3', 'Bord 4', 'Bord 5', 'Bord 6'];
    expect(book.worksheets.map((s) => s.name)).toEqual(['Idéer', 'Rangering', 'Program', 'Programændringer', 'Overblik', 'Spørgsmål', 'Afstemninger', ...tables]);

    const ideas = book.getWorksheet('Idéer')!;
    expect(ideas.rowCount).toBe(expectedIdeas().length + 1);
    const texts = ideas.getColumn(5).values.slice(2);
    expect(texts.sort()).toEqual(expectedIdeas().map((i) => i.text).sort());

    const ranking = book.getWorksheet('Rangering')!;
    expect(ranking.getRow(1).values).toEqual([undefined, 'Sektor', 'Placering', 'Idé', 'Partner', 'Partneren får', 'Stemmer']);
    expect(ranking.getRow(2).values).toEqual([
      undefined,
      'Det offentlige',
      1,
      trickyTexts.public,
      'Jobcentret; Ærø Kommune',
      'Adgang til bibliotekets brugere; Øget goodwill',
      2,
    ]);

    const programme = book.getWorksheet('Program')!;
    expect(programme.rowCount).toBe(state.agenda.items.length + 1);
    const first = state.agenda.items[0]!;
    expect(programme.getRow(2).getCell(1).value).toBe(first.title);
    // Real time cells showing the Copenhagen wall clock (their UTC fields), formatted hh:mm.
    const clockOf = (cell: ExcelJS.Cell) => (cell.value as Date).toISOString().slice(11, 16).replace(':', '.');
    expect(clockOf(programme.getRow(2).getCell(6))).toBe(zonedClock(first.actualStart!));
    expect(clockOf(programme.getRow(2).getCell(7))).toBe(zonedClock(first.actualEnd!));
    expect(programme.getRow(3).getCell(7).value).toBe('–');

    // agenda:start then agenda:next in beforeAll: started, the first item made current, then the second.
    const changes = book.getWorksheet('Programændringer')!;
    expect(changes.getRow(1).values).toEqual([undefined, 'Tidspunkt', 'Hvem', 'Ændring', 'Punkt', 'Detalje']);
    const logged = Array.from({ length: changes.rowCount - 1 }, (_, i) => [2, 3, 4].map((c) => changes.getRow(i + 2).getCell(c).text));
    expect(logged).toEqual([
      ['Facilitator', 'Dagen startet', ''],
      ['Facilitator', 'Gjort til nu', state.agenda.items[0]!.title],
      ['Facilitator', 'Gjort til nu', state.agenda.items[1]!.title],
    ]);

    const summary = book.getWorksheet('Overblik')!;
    expect(summary.getRow(3).values).toEqual([undefined, 'Deltagere', 2]);
    expect(summary.getRow(6).values).toEqual([undefined, 'Det offentlige', 2, 2]);
    expect(summary.getRow(9).values).toEqual([undefined, 'I alt', 4, 4]);
  });
});

describe('report', () => {
  it('prints every sector ranked, with the text escaped', async () => {
    const res = await download('report.html');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    const html = await res.text();
    expect(html).toContain('Lektiecafé med &quot;Røde Kors&quot;; ÆØÅ æøå\nanden linje, med komma');
    expect(html).toContain('<svg');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toContain('Skjult idé');
    expect(html.indexOf(trickyTexts.civil)).toBeGreaterThan(html.indexOf('Ølstuen'));
  });

  it('answers 501 with a typed error when this server has no Chromium for the PDF', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await download('report.pdf');
      expect(res.status).toBe(501);
      expect(await res.json()).toMatchObject({ ok: false, code: 'not_available' });
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('who may download', () => {
  const paths = ['export.csv', 'export.xlsx', 'export.json', 'report.html', 'report.pdf'];

  it.each(paths)('refuses %s without a key (401) and with a wrong key (403), with no data', async (path) => {
    const missing = await download(path, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ ok: false, code: 'not_joined' });
    const wrong = await download(path, 'x'.repeat(32));
    expect(wrong.status).toBe(403);
    const body = await wrong.text();
    expect(body).not.toContain('Lektiecafé');
    expect(JSON.parse(body)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it("refuses another session's facilitator key", async () => {
    const other = await server.createSession();
    const res = await download('export.json', other.facilitatorKey);
    expect(res.status).toBe(403);
  });

  it('refuses a key in the address, even the right one, and takes the ADMIN_TOKEN in the header', async () => {
    const { sessionId, facilitatorKey } = workshop.created;
    const viaQuery = await fetch(`${server.url}/api/sessions/${sessionId}/export.csv?key=${facilitatorKey}`);
    expect(viaQuery.status).toBe(400);
    expect((await download('export.json', ADMIN_TOKEN)).status).toBe(200);
  });

  it('opens a plain download link once, with a token minted for that file of that session', async () => {
    const { sessionId, facilitatorKey } = workshop.created;
    const link = (token: string, file = 'export.csv', id = sessionId) => fetch(`${server.url}/api/sessions/${id}/${file}?lang=en&download=${token}`);
    const token = await mintDownload(server.url, sessionId, facilitatorKey, 'export.csv');
    const first = await link(token);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toContain('-en.csv');
    expect((await link(token)).status).toBe(403);
    // A token opens the file it was minted for only, of its own session only.
    expect((await link(await mintDownload(server.url, sessionId, facilitatorKey, 'export.csv'), 'export.json')).status).toBe(403);
    const other = await server.createSession();
    expect((await link(await mintDownload(server.url, other.sessionId, other.facilitatorKey, 'export.csv'))).status).toBe(403);
    // The organiser mints with the ADMIN_TOKEN; a wrong key mints nothing.
    expect((await link(await mintDownload(server.url, sessionId, ADMIN_TOKEN, 'export.csv'))).status).toBe(200);
    await expect(mintDownload(server.url, sessionId, other.facilitatorKey, 'export.csv')).rejects.toThrow(/403/);
  });

  it('rejects a malformed session id or language as invalid, not as a crash', async () => {
    expect((await download('export.csv', undefined, 'bad id!')).status).toBe(400);
    expect((await download('export.csv?lang=xx')).status).toBe(400);
  });
});
