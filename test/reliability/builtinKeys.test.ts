// Ids that are also names on Object.prototype (`__proto__`, `constructor`, ...) pass the id check: every command
// and route that takes an id must treat them as any other id, and the session must still export and re-import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/errors';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { projectState } from '../../shared/projection/state';
import { ownValue } from '../../shared/records';
import { joinAsFacilitator, MANY_WRONG_KEYS, Mirror, newId, startServer, type Created, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

const BUILTIN_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];
const codeOf = (ack: Ack<unknown>) => (ack.ok ? 'ok' : ack.code);
const ADMIN_TOKEN = 'admin-token-for-the-builtin-keys-test';

let server: TestServer;
let created: Created;
let facilitator: Mirror;
const people = new Map<string, Mirror>();

beforeAll(async () => {
  // Every route below is tried with a wrong key on purpose, more often than the wrong-key limit allows.
  server = await startServer({ adminToken: ADMIN_TOKEN, wrongKeyBudget: MANY_WRONG_KEYS });
  created = await server.createSession({ date: '2020-01-01' });
  facilitator = await joinAsFacilitator(server, created);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  for (const id of BUILTIN_IDS) {
    const mirror = new Mirror(server.connect());
    const ack = await mirror.join({ role: 'participant', joinCode: created.joinCode, participantId: id, secret: newId() + newId(), name: `Navn ${id}` });
    expect(ack.ok, id).toBe(true);
    people.set(id, mirror);
  }
});
afterAll(async () => {
  await server.close();
});

const live = () => server.server.hub.state(created.sessionId)!;

async function exportJson(sessionId = created.sessionId, key = created.facilitatorKey): Promise<SessionDocument> {
  await server.server.hub.flushed();
  const res = await fetchExport(server.url, sessionId, key, `export.json?identified=1`);
  expect(res.status).toBe(200);
  return (await res.json()) as SessionDocument;
}

describe('built-in object keys as ids', () => {
  it('records each such participant with its id and time, and a rename changes only that participant', async () => {
    for (const id of BUILTIN_IDS) {
      const participant = ownValue(live().participants, id);
      expect(participant, id).toMatchObject({ id, name: `Navn ${id}` });
      expect(participant!.joinedAt).toBeGreaterThan(0);
      expect((await people.get(id)!.socket.emitWithAck('participant:rename', { name: `Ny ${id}` })).ok).toBe(true);
    }
    await server.server.hub.flushed();
    for (const id of BUILTIN_IDS) expect(ownValue(live().participants, id)).toMatchObject({ id, name: `Ny ${id}` });
    expect(Object.getPrototypeOf(live().participants)).toBe(Object.prototype);
    expect(Object.keys(live().participants)).toHaveLength(BUILTIN_IDS.length);
  });

  it('takes them as idea and group ids, votes by them, and refuses the ones that do not exist', async () => {
    // A fresh console per id: the commands of one test would pass one socket's rate limit.
    const console = async () => (await joinAsFacilitator(server, created)).socket;
    for (const id of BUILTIN_IDS) {
      const f = await console();
      expect(codeOf(await f.emitWithAck('group:rename', { id, title: 'Aldrig oprettet' })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('group:delete', { id })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('idea:group', { id, groupId: id })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('agenda:edit', { id, changes: { title: 'x' } })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('agenda:remove', { id })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('agenda:reorder', { id, toIndex: 0 })), id).toBe('not_found');
      expect(codeOf(await f.emitWithAck('agenda:goto', { id })), id).toBe('not_found');
      expect((await f.emitWithAck('vote:cast', { ideaId: id })).ok, id).toBe(false);
    }
    for (const id of BUILTIN_IDS) {
      const person = people.get(id)!.socket;
      const f = await console();
      expect((await person.emitWithAck('idea:add', { id, sector: 'civil', text: `Idé ${id}` })).ok, id).toBe(true);
      expect((await person.emitWithAck('idea:edit', { id, baseVersion: 1, text: `Rettet ${id}` })).ok, id).toBe(true);
      expect((await f.emitWithAck('group:create', { id, sector: 'civil', title: `Gruppe ${id}` })).ok, id).toBe(true);
      expect((await f.emitWithAck('group:rename', { id, title: `Omdøbt ${id}` })).ok, id).toBe(true);
      expect((await f.emitWithAck('idea:group', { id, groupId: id })).ok, id).toBe(true);
    }
    const f = await console();
    expect((await f.emitWithAck('board:settings', { dotsPerParticipant: 5 })).ok).toBe(true);
    expect((await f.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    for (const id of BUILTIN_IDS) {
      const person = people.get(id)!.socket;
      expect((await person.emitWithAck('vote:cast', { ideaId: '__proto__' })).ok, id).toBe(true);
      if (id === '__proto__') continue;
      expect((await person.emitWithAck('vote:cast', { ideaId: id })).ok, id).toBe(true);
      expect((await person.emitWithAck('vote:retract', { ideaId: id })).ok, id).toBe(true);
      // A participant who has no dot on an idea cannot retract one, whatever their id is called.
      expect(codeOf(await person.emitWithAck('vote:retract', { ideaId: id })), id).toBe('not_found');
    }
    expect((await f.emitWithAck('idea:merge', { sourceId: 'constructor', targetId: '__proto__' })).ok).toBe(true);
    expect((await f.emitWithAck('idea:hide', { id: 'toString', hidden: true })).ok).toBe(true);
    expect((await f.emitWithAck('idea:hide', { id: 'toString', hidden: false })).ok).toBe(true);
    expect((await f.emitWithAck('idea:move', { id: 'hasOwnProperty', sector: 'market' })).ok).toBe(true);
    expect((await f.emitWithAck('idea:move', { id: 'hasOwnProperty', sector: 'civil' })).ok).toBe(true);
    // Moving away dropped its group (a group belongs to one sector): put it back.
    expect((await f.emitWithAck('idea:group', { id: 'hasOwnProperty', groupId: 'hasOwnProperty' })).ok).toBe(true);
    // Merged away already: a delete of it is a resent delete, acknowledged, and the board below is unchanged by it.
    expect(codeOf(await f.emitWithAck('idea:delete', { id: 'constructor' }))).toBe('ok');
    await server.server.hub.flushed();
    const board = live().board;
    expect(board.ideas.map((i) => i.id).sort()).toEqual(BUILTIN_IDS.filter((id) => id !== 'constructor').sort());
    const target = board.ideas.find((i) => i.id === '__proto__')!;
    // Every participant placed one dot on `__proto__`, and `constructor` also kept none of its own after retracting.
    expect(Object.keys(target.votes).sort()).toEqual([...BUILTIN_IDS].sort());
    expect(Object.values(target.votes).every((dots) => dots === 1)).toBe(true);
    for (const id of BUILTIN_IDS) expect(ownValue(board.groups, id), id).toMatchObject({ id, sector: 'civil', title: `Omdøbt ${id}` });
    expect(Object.getPrototypeOf(board.groups)).toBe(Object.prototype);
    // The phone folds its projection of the same events and agrees with the projection of the server's state.
    const phoneView = () => JSON.stringify(projectState(live(), { role: 'participant', participantId: '__proto__' }).board.ideas);
    await people.get('__proto__')!.until((m) => JSON.stringify(m.state!.board.ideas) === phoneView());
    expect(JSON.stringify(people.get('__proto__')!.state!.board.ideas)).toBe(phoneView());
  });

  it('exports every format, and the JSON export re-imports with the same participants, groups and votes', async () => {
    for (const file of ['export.csv', 'export.xlsx', 'report.html']) {
      const res = await fetchExport(server.url, created.sessionId, created.facilitatorKey, `${file}`);
      expect(res.status, file).toBe(200);
    }
    const doc = await exportJson();
    expect(doc.participants.map((p) => p.name).sort()).toEqual(BUILTIN_IDS.map((id) => `Ny ${id}`).sort());
    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(201);
    const imported = (await res.json()) as Created;
    const again = await exportJson(imported.sessionId, imported.facilitatorKey);
    expect(again.participants).toHaveLength(BUILTIN_IDS.length);
    expect(again.board.groups).toHaveLength(BUILTIN_IDS.length);
    expect(again.votes.reduce((sum, v) => sum + v.dots, 0)).toBe(doc.votes.reduce((sum, v) => sum + v.dots, 0));
  });

  it('answers the HTTP routes that take an id or a key with a clean refusal', async () => {
    const post = (body: object) =>
      fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    for (const id of BUILTIN_IDS) {
      const made = await post({ template: id });
      expect(made.status, id).toBe(404);
      expect(await made.json()).toMatchObject({ ok: false, code: 'not_found' });
      expect((await fetchExport(server.url, id, created.facilitatorKey, `export.json`)).status, id).toBe(403);
      expect((await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status, id).toBe(403);
      const patch = await fetch(`${server.url}/api/admin/sessions/${id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'archived' }),
      });
      expect(patch.status, id).toBe(404);
      const facilitatorJoin = await new Mirror(server.connect()).join({ role: 'facilitator', sessionId: id, key: created.facilitatorKey });
      expect(facilitatorJoin.ok ? 'ok' : facilitatorJoin.code, id).toBe('not_found');
    }
    expect((await post({ template: 'workshop-only' })).status).toBe(201);
  });
});
