// Questions and polls in the XLSX workbook (Spørgsmål, Afstemninger) and in the printable report.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Created, newId, startServer, type TestServer } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';
import { fetchExport } from '../kit/workshops';

let server: TestServer;
let created: Created;
let talkTitle: string;
const asked = { top: 'Hvem betaler for kaffen; og hvorfor?', second: 'Hvordan "måler" I effekten?', hidden: 'Skjult spørgsmål, ikke i rapporten' };

beforeAll(async () => {
  server = await startServer();
  const room = await talkRoom(server, 3);
  created = room.created;
  talkTitle = room.talk.title;
  const [anna, bo, carl] = room.phones as [Phone, Phone, Phone];
  const f = room.facilitator.socket;
  const ids = { top: newId(), second: newId(), hidden: newId() };
  const ok = async (p: Promise<{ ok: boolean }>) => expect((await p).ok).toBe(true);
  await ok(anna.socket.emitWithAck('question:ask', { id: ids.second, itemId: room.talk.id, text: asked.second }));
  await ok(bo.socket.emitWithAck('question:ask', { id: ids.top, itemId: room.talk.id, text: asked.top }));
  await ok(carl.socket.emitWithAck('question:ask', { id: ids.hidden, itemId: room.talk.id, text: asked.hidden }));
  await ok(anna.socket.emitWithAck('question:upvote', { questionId: ids.top }));
  await ok(carl.socket.emitWithAck('question:upvote', { questionId: ids.top }));
  await ok(f.emitWithAck('question:moderate', { questionId: ids.top, answered: true }));
  await ok(f.emitWithAck('question:moderate', { questionId: ids.hidden, hidden: true }));
  const scale = newId();
  await ok(f.emitWithAck('poll:create', { id: scale, itemId: room.talk.id, kind: 'scale', question: 'Hvor brugbart var oplægget?' }));
  await ok(f.emitWithAck('poll:open', { id: scale }));
  await ok(anna.socket.emitWithAck('poll:answer', { pollId: scale, scale: 5 }));
  await ok(bo.socket.emitWithAck('poll:answer', { pollId: scale, scale: 4 }));
  const words = room.facilitator.state!.polls.polls.find((p) => p.kind === 'words')!.id;
  await ok(f.emitWithAck('poll:open', { id: words }));
  await ok(anna.socket.emitWithAck('poll:answer', { pollId: words, words: ['Røde Kors', 'Jobcentret'] }));
  await ok(bo.socket.emitWithAck('poll:answer', { pollId: words, words: ['røde kors'] }));
  await ok(f.emitWithAck('poll:close', { id: words }));
});
afterAll(async () => {
  await server.close();
});

const download = (file: string, query = '') => fetchExport(server.url, created.sessionId, created.facilitatorKey, `${file}${query}`);

async function workbook(query = '') {
  const res = await download('export.xlsx', query);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

describe('questions and polls in the exports', () => {
  it('has a Spørgsmål sheet: talk, question, votes, answered, by votes, hidden ones marked', async () => {
    const sheet = (await workbook()).getWorksheet('Spørgsmål')!;
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual(['Oplæg', 'Spørgsmål', 'Stemmer', 'Besvaret', 'Status', 'Stillet']);
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      [talkTitle, asked.top, 2, 'Ja', 'Besvaret'],
      [talkTitle, asked.hidden, 0, 'Nej', 'Skjult'],
      [talkTitle, asked.second, 0, 'Nej', 'Åben'],
    ]);
  });

  it('has an Afstemninger sheet: poll, option, answers, with the scale average and words counted as one', async () => {
    const rows = rowsOf((await workbook()).getWorksheet('Afstemninger')!);
    expect(rows[0]).toEqual(['Afstemning', 'Programpunkt', 'Type', 'Svarmulighed', 'Svar']);
    const of = (question: string) => rows.filter((r) => r[0] === question).map((r) => [r[3], r[4]]);
    expect(of('Hvor brugbart var oplægget?')).toEqual([['1', 0], ['2', 0], ['3', 0], ['4', 1], ['5', 1], ['Gennemsnit', 4.5], ['Antal, der svarede', 2]]);
    expect(of('Hvilke partnere har I allerede?')).toEqual([['Røde Kors', 2], ['Jobcentret', 1], ['Antal, der svarede', 2]]);
    // The prepared poll nobody answered is there too, its four reasons with no answers.
    expect(of('Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?').map((r) => r[1])).toEqual([0, 0, 0, 0, 0]);
  });

  it('names the sheets in English when asked', async () => {
    const names = (await workbook('?lang=en')).worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Questions', 'Polls']));
  });

  it('has a report section per talk and per poll, without hidden questions', async () => {
    const html = await (await download('report.html')).text();
    expect(html).toContain('Spørgsmål til oplægsholderne');
    expect(html).toContain('Hvem betaler for kaffen; og hvorfor?');
    expect(html).toContain('Hvordan &quot;måler&quot; I effekten?');
    expect(html).not.toContain(asked.hidden);
    expect(html).toContain('Gennemsnit 4,5 af 2 svar');
    expect(html).toMatch(/data-poll="[^"]+"><h3>Hvilke partnere har I allerede\?<\/h3>/);
    // A poll never opened is not reported.
    expect(html).not.toContain('Hvilken grund til partnerskaber vejer tungest');
  });
});
