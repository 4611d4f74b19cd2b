// Imported participants (authors and voters of imported ideas) have no stored secret and their ids reach every phone:
// nobody may join as one of them, whatever secret they bring.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, Mirror, newId, startServer, type Created, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

it('refuses a join that names an imported participant, and their name and ideas stay theirs', async () => {
  const original = await server.createSession({ date: '2020-01-01' });
  const facilitator = await joinAsFacilitator(server, original);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  const anna = await joinAsParticipant(server, original, 'Anna');
  expect((await anna.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Annas idé' })).ok).toBe(true);
  await server.server.hub.flushed();
  const doc = await (await fetch(`${server.url}/api/sessions/${original.sessionId}/export.json?key=${original.facilitatorKey}`)).json();
  const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  const imported = (await res.json()) as Created;

  // Any phone of the imported workshop sees the imported participant's id.
  const onlooker = await joinAsParticipant(server, imported, 'Tilskuer');
  const importedAnna = Object.values(onlooker.state!.participants).find((p) => p.name === 'Anna')!;
  expect(importedAnna).toBeDefined();

  const thief = new Mirror(server.connect());
  const ack = await thief.join({ role: 'participant', joinCode: imported.joinCode, participantId: importedAnna.id, secret: newId() + newId(), name: 'Tyv' });
  expect(ack.ok ? 'joined' : ack.code).toBe('forbidden');
  expect(await thief.socket.emitWithAck('participant:rename', { name: 'Tyv' })).toMatchObject({ ok: false, code: 'not_joined' });
  const state = server.server.hub.requireState(imported.sessionId);
  expect(state.participants[importedAnna.id]!.name).toBe('Anna');
  // A new participant with a fresh id still joins.
  expect((await joinAsParticipant(server, imported, 'Ny')).state!.participants).toBeDefined();
});
