// Texts a person types follow one rule on the wire, and every export opens even when the stored log holds texts
// from before that rule (or written by hand into the database): XML 1.0 cannot hold U+FFFE, U+FFFF or NUL.
import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import type { SequencedEvent } from '../../shared/events';
import { sheetNames } from '../../server/export/combined/xlsx';
import { it } from '../kit/server';
import { newId, type TestServer } from '../kit/testServer';
import { talkRoom } from '../kit/talk';

const MARK = 'MARKÉR';
const HOSTILE = 'a\uFFFEb\uFFFFc\u0000d\uD800e\u{10FFFF}f\u0007g';
const whatXmlCannotHold = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

/** A room whose every kind of typed text (name, idea and its fields, group, question, poll question, option, words) holds MARK. */
async function markedRoom(server: TestServer) {
  const room = await talkRoom(server, 1);
  const phone = room.phones[0]!;
  const ok = async (p: Promise<{ ok: boolean; code?: string }>) => expect((await p).code).toBeUndefined();
  const pollId = newId();
  await ok(phone.socket.emitWithAck('participant:rename', { name: MARK }));
  await ok(room.facilitator.socket.emitWithAck('session:rename', { title: MARK }));
  await ok(room.facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' }));
  await ok(phone.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: MARK, partner: MARK, libraryBrings: MARK }));
  await ok(room.facilitator.socket.emitWithAck('group:create', { id: newId(), sector: 'civil', title: MARK }));
  await ok(phone.socket.emitWithAck('question:ask', { id: newId(), itemId: room.talk.id, text: MARK }));
  await ok(room.facilitator.socket.emitWithAck('poll:create', { id: pollId, kind: 'single', question: MARK, options: [MARK, 'B'] }));
  await ok(room.facilitator.socket.emitWithAck('poll:open', { id: pollId }));
  await ok(phone.socket.emitWithAck('poll:answer', { pollId, choices: [0] }));
  return room;
}

/** A copy of the session's stored log under a new id and join code, with every MARK turned hostile. */
async function hostileCopy(server: TestServer, sessionId: string): Promise<string> {
  await server.server.hub.flushed();
  const record = (await server.store.sessionById(sessionId))!;
  const id = newId();
  const joinCode = 'ZZZZZ9';
  const swap = (event: SequencedEvent): SequencedEvent =>
    JSON.parse(JSON.stringify(event).replaceAll(sessionId, id).replaceAll(record.joinCode, joinCode).replaceAll(MARK, HOSTILE.replace('\u0000', '\\u0000').replace('\u0007', '\\u0007'))) as SequencedEvent;
  const events = (await server.store.events(sessionId, 0)).map(swap);
  await server.store.commit([{ sessionId: id, created: { ...record, id, joinCode }, events, credentials: [] }]);
  return id;
}

describe('typed text on the wire', () => {
  it.for([
    ['an idea', 'idea:add', (text: string) => ({ id: newId(), sector: 'civil', text })],
    ['a name', 'participant:rename', (text: string) => ({ name: text })],
  ] as const)('refuses U+FFFE in %s with invalid_payload', async ([_what, command, payload], { collectingRoom }) => {
    const ack = await collectingRoom.anna.socket.emitWithAck(command, payload(`x\uFFFEy`) as never);
    expect(ack).toMatchObject({ ok: false, code: 'invalid_payload' });
  });

  it('stores a name in one normal form, without zero-width characters', async ({ room, server }) => {
    expect((await room.anna.socket.emitWithAck('participant:rename', { name: ' Ane\u0301\u200Bmone ' })).ok).toBe(true);
    const state = await server.server.hub.requireState(room.created.sessionId);
    expect(Object.values(state.participants).map((p) => p.name)).toContain('Anémone');
  });
});

describe('exports of a stored log with texts XML cannot hold', () => {
  it('gives a workbook that opens, with the texts kept but what XML cannot hold left out', async ({ server }) => {
    const room = await markedRoom(server);
    const id = await hostileCopy(server, room.created.sessionId);
    const download = (file: string) => fetch(`${server.url}/api/sessions/${id}/${file}`, { headers: { authorization: `Bearer ${room.created.facilitatorKey}` } });

    const xlsx = await download('export.xlsx');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.filter((text) => text.includes('abcdefg')).length).toBeGreaterThanOrEqual(5);
    expect(cells.filter((text) => whatXmlCannotHold.test(text))).toEqual([]);

    for (const file of ['export.csv', 'report.html']) {
      const res = await download(file);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('abcdefg');
      expect(whatXmlCannotHold.test(text), file).toBe(false);
    }
  });
});

describe('the combined workbook', () => {
  it('names a workshop sheet only with what XML can hold', () => {
    expect(sheetNames([`Dag${HOSTILE}`], [])).toEqual(['Dagabcdefg']);
  });
});
