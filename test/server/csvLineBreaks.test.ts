// Every line break inside a cell is quoted, so each idea stays one row; the two CSV variants have their own names.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinAsFacilitator, newId, startServer, type Created, type TestServer } from '../kit/testServer';

let server: TestServer;
let created: Created;
const texts = [
  'Første linje\nanden linje',
  'Windows-linjeskift\r\nnæste linje',
  'Gammelt Mac-linjeskift\rnæste linje',
  'Citat "Røde Kors"; semikolon, komma',
  'Flettet idé\n\nmed en tom linje imellem',
  'Slutter med linjeskift\n',
];

beforeAll(async () => {
  server = await startServer();
  created = await server.createSession({ title: 'Linjeskift' });
  const facilitator = await joinAsFacilitator(server, created);
  for (const text of texts) {
    const ack = await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'public', text, partner: `Partner\n${text.trim().length}` });
    expect(ack.ok).toBe(true);
  }
});
afterAll(async () => {
  await server.close();
});

const download = (path: string) =>
  fetch(`${server.url}/api/sessions/${created.sessionId}/${path}`, { headers: { authorization: `Bearer ${created.facilitatorKey}` } });

describe('CSV export of ideas with line breaks', () => {
  it.each([
    ['semicolon', 'export.csv', ';'],
    ['comma', 'export.csv?sep=comma', ','],
  ])('parses back to one row per idea with identical text (%s), whatever line break a reader ends a row at', async (_name, path, delimiter) => {
    const bytes = Buffer.from(await (await download(path)).arrayBuffer());
    // Excel, LibreOffice and Python's csv end an unquoted row at \r\n, \n or \r alike.
    const [headings, ...rows] = parse(bytes, { bom: true, delimiter, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows).toHaveLength(texts.length);
    const text = headings!.indexOf('Idé');
    const partner = headings!.indexOf('Partner');
    // Normalised by the text rule on the way in: trimmed, and every line break stored as \n.
    const stored = (t: string) => t.trim().replace(/\r\n?/g, '\n');
    expect(rows.map((row) => row[text]).sort()).toEqual(texts.map(stored).sort());
    expect(rows.every((row) => row.length === headings!.length)).toBe(true);
    expect(rows.map((row) => row[partner]).sort()).toEqual(texts.map((t) => `Partner\n${t.trim().length}`).sort());
  });

  it('gives the comma variant its own file name, in both languages', async () => {
    const name = async (path: string) => /filename="([^"]+)"/.exec((await download(path)).headers.get('content-disposition')!)![1];
    expect(await name('export.csv')).toMatch(/^linjeskift-\d{4}-\d\d-\d\d\.csv$/);
    expect(await name('export.csv?sep=comma')).toMatch(/^linjeskift-\d{4}-\d\d-\d\d-komma\.csv$/);
    expect(await name('export.csv?sep=comma&lang=en')).toMatch(/^linjeskift-\d{4}-\d\d-\d\d-en-comma\.csv$/);
    expect(await name('export.csv?lang=en')).toMatch(/-en\.csv$/);
  });
});
