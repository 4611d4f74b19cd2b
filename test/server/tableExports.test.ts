// The exports of a workshop held at tables in two rounds: "Bord" in the CSV and the "Idéer" sheet, a sheet per
// table (read back with exceljs), the report's table sections and both rounds, and a JSON round trip.
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { it as base } from '../kit/server';
import { fetchExport } from '../kit/workshops';
import { joinAsFacilitator, newId, type Created, type TestServer } from '../kit/testServer';

/** Anna at "Aarhus", Bo at "Vejle [Syd]" (a name Excel cannot hold as it is), two rounds, one pick per table, results shown. */
const it = base.extend('held', async ({ collectingRoom: { created, facilitator, anna, bo } }) => {
  const tables = [{ id: 'aarhus', name: 'Aarhus' }, { id: 'vejle', name: 'Vejle [Syd]' }, { id: 'ideer', name: 'Idéer' }];
  await facilitator.socket.emitWithAck('board:tables', { tables });
  await anna.socket.emitWithAck('table:choose', { tableId: 'aarhus' });
  await bo.socket.emitWithAck('table:choose', { tableId: 'vejle' });
  const ids = { a: newId(), b: newId(), c: newId() };
  await anna.socket.emitWithAck('idea:add', { id: ids.a, sector: 'civil', text: 'Lektiecafé med Røde Kors' });
  await anna.socket.emitWithAck('idea:add', { id: ids.c, sector: 'market', text: 'Kaffebar i foyeren' });
  await bo.socket.emitWithAck('idea:add', { id: ids.b, sector: 'public', text: 'Jobcafé med jobcentret' });
  await facilitator.socket.emitWithAck('board:settings', { votingRounds: 2, picksPerTable: 1, showNamesOnProjector: true });
  await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
  await anna.socket.emitWithAck('vote:cast', { ideaId: ids.a });
  await bo.socket.emitWithAck('vote:cast', { ideaId: ids.b });
  await facilitator.socket.emitWithAck('board:round', { round: 2 });
  await anna.socket.emitWithAck('vote:cast', { ideaId: ids.b });
  await bo.socket.emitWithAck('vote:cast', { ideaId: ids.b });
  await bo.socket.emitWithAck('vote:cast', { ideaId: ids.a });
  await facilitator.socket.emitWithAck('board:phase', { phase: 'results' });
  return { created, ids };
});

const text = async (server: TestServer, created: Created, file: string) => (await fetchExport(server.url, created.sessionId, created.facilitatorKey, file)).text();

describe('the exports of a workshop held at tables', () => {
  it('gives the CSV a column "Bord" and both rounds\' dots', async ({ server, held: { created } }) => {
    const [head, ...rows] = (await text(server, created, 'export.csv')).replace(/^\uFEFF/, '').trim().split('\r\n');
    const headings = head!.split(';');
    expect(headings.slice(0, 2)).toEqual(['Sektor', 'Bord']);
    expect(headings).toContain('Stemmer i runde 1');
    const cell = (row: string, heading: string) => row.split(';')[headings.indexOf(heading)];
    const jobcafe = rows.find((row) => row.includes('Jobcafé'))!;
    expect([cell(jobcafe, 'Bord'), cell(jobcafe, 'Stemmer i runde 1'), cell(jobcafe, 'Stemmer')]).toEqual(['Vejle [Syd]', '1', '2']);
    expect(cell(rows.find((row) => row.includes('Kaffebar'))!, 'Bord')).toBe('Aarhus');
  });

  it('gives the workbook "Bord" in "Idéer" and a sheet per table, named as Excel allows', async ({ server, held: { created } }) => {
    const res = await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'export.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Idéer', 'Aarhus', 'Vejle  Syd', 'Idéer (2)']));
    const ideas = book.getWorksheet('Idéer')!;
    expect(ideas.getRow(1).getCell(2).value).toBe('Bord');
    const aarhus = book.getWorksheet('Aarhus')!;
    const texts = (sheet: ExcelJS.Worksheet) => sheet.getColumn((sheet.getRow(1).values as string[]).indexOf('Idé')).values.slice(2);
    expect(texts(aarhus).sort()).toEqual(['Kaffebar i foyeren', 'Lektiecafé med Røde Kors']);
    expect(texts(book.getWorksheet('Vejle  Syd')!)).toEqual(['Jobcafé med jobcentret']);
    expect(texts(book.getWorksheet('Idéer (2)')!)).toEqual([]);
  });

  it('gives the report a section per table and both rounds\' results', async ({ server, held: { created } }) => {
    const html = await text(server, created, 'report.html');
    expect(html).toContain('<h3>Bord: Aarhus</h3>');
    expect(html).toContain('<h3>Bord: Vejle [Syd]</h3>');
    const roundOne = html.slice(html.indexOf('data-round="1"'), html.indexOf('data-round="2"'));
    expect(roundOne).toContain('Lektiecafé med Røde Kors');
    expect(roundOne).not.toContain('Kaffebar');
    const roundTwo = html.slice(html.indexOf('data-round="2"'));
    expect(roundTwo.indexOf('Jobcafé med jobcentret (Vejle [Syd])')).toBeLessThan(roundTwo.indexOf('Lektiecafé med Røde Kors (Aarhus)'));
    expect(roundTwo).toContain('2 stemmer');
  });

  it('takes the tables, seats, picks and both rounds through a JSON export and import', async ({ server, held: { created } }) => {
    const doc = (await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'export.json?identified=1')).json()) as SessionDocument;
    expect(doc.board.tables).toHaveLength(3);
    expect(doc.votes.filter((v) => v.round === 1)).toHaveLength(2);
    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(201);
    const imported = (await res.json()) as Created;
    const [before, after] = await Promise.all([joinAsFacilitator(server, created), joinAsFacilitator(server, imported)]);
    const shape = (m: typeof before) => {
      const { board } = m.state!;
      const textOf = (id: string) => board.ideas.find((i) => i.id === id)!.text;
      return {
        tables: board.tables,
        settings: [board.settings.votingRounds, board.settings.picksPerTable, board.round],
        picks: board.picks.map((t) => ({ ...t, ideas: t.ideas.map((p) => ({ text: textOf(p.id), votes: p.votes })) })),
        ideas: board.ideas.map((i) => [i.text, i.tableId, Object.values(i.roundOne ?? {}).join(), Object.values(i.votes).sort().join()]).sort(),
        seats: Object.values(m.state!.participants).map((p) => [p.name, p.tableId]).sort(),
      };
    };
    expect(shape(after)).toEqual(shape(before));
    const anonymous = (await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'export.json')).json()) as SessionDocument;
    expect(JSON.stringify(anonymous)).not.toContain('"participants":[{');
  });

  it('refuses an import with an idea at a table the document does not have', async ({ server, held: { created } }) => {
    const doc = (await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, 'export.json')).json()) as SessionDocument;
    doc.board.ideas[0]!.tableId = '__proto__';
    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(400);
  });
});
