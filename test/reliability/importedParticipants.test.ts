// Imported participants (authors and voters of imported ideas, from an identified export) have no stored secret and
// their ids are in the export and on the facilitator's screen: nobody may join as one of them, whatever secret they bring.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, Mirror, newId, startServer, type Created, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

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
  const doc = await (await fetchExport(server.url, original.sessionId, original.facilitatorKey, `export.json?identified=1`)).json();
  const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
  expect(res.status).toBe(201);
  const imported = (await res.json()) as Created;

  // The imported participant's id is on the facilitator's screen (phones never receive other participants' ids).
  const console = await joinAsFacilitator(server, imported);
  const importedAnna = Object.values(console.state!.participants).find((p) => p.name === 'Anna')!;
  expect(importedAnna).toBeDefined();
  const onlooker = await joinAsParticipant(server, imported, 'Tilskuer');
  expect(JSON.stringify(onlooker.state)).not.toContain(importedAnna.id);

  const thief = new Mirror(server.connect());
  const ack = await thief.join({ role: 'participant', joinCode: imported.joinCode, participantId: importedAnna.id, secret: newId() + newId(), name: 'Tyv' });
  expect(ack.ok ? 'joined' : ack.code).toBe('forbidden');
  expect(await thief.socket.emitWithAck('participant:rename', { name: 'Tyv' })).toMatchObject({ ok: false, code: 'not_joined' });
  const state = await server.server.hub.requireState(imported.sessionId);
  expect(state.participants[importedAnna.id]!.name).toBe('Anna');
  // A new participant with a fresh id still joins.
  expect((await joinAsParticipant(server, imported, 'Ny')).state!.participants).toBeDefined();
});
