// One identity on many sockets, and many identities, against the limits on ideas.
import { afterEach, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/exports';
import { toDocument } from '../../shared/export/sessionDocument';
import { boardLimits } from '../../shared/limits';
import { type Created, joinAsFacilitator, newId, participantCredentials, startServer, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const add = (socket: ReturnType<TestServer['connect']>, text: string) =>
  socket.emitWithAck('idea:add', { id: newId(), sector: 'market', text }).then((a) => (a.ok ? 'ok' : a.code));

describe('ideas per participant', () => {
  it(`hold for one identity on 40 sockets at once: ${boardLimits.ideasPerParticipant} ideas, then limit_reached`, async () => {
    server = await startServer();
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const one = participantCredentials('Flood');
    const sockets = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const socket = server!.connect();
        expect((await socket.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...one })).ok).toBe(true);
        return socket;
      }),
    );
    const codes = (await Promise.all(sockets.flatMap((s, i) => Array.from({ length: 10 }, (_, k) => add(s, `Flood ${i}.${k}`))))).sort();
    expect(codes.filter((c) => c === 'ok')).toHaveLength(boardLimits.ideasPerParticipant);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['limit_reached']));
    // Someone else is not held back by it.
    const other = server.connect();
    expect((await other.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...participantCredentials('Anna') })).ok).toBe(true);
    expect(await add(other, 'Min idé')).toBe('ok');
  });

  it('follow MAX_IDEAS_PER_PARTICIPANT', async () => {
    server = await startServer({ maxIdeasPerParticipant: 3 });
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const socket = server.connect();
    await socket.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...participantCredentials('A') });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(await add(socket, `Idé ${i}`));
    expect(codes).toEqual(['ok', 'ok', 'ok', 'limit_reached']);
  });
});

describe('ideas per board', () => {
  it(`stop at ${boardLimits.ideasPerBoard}, and the export of the full board imports again`, async () => {
    server = await startServer();
    const near = boardLimits.ideasPerBoard - 20;
    const res = await fetch(`${server.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(toDocument(bigWorkshop(near), Date.now())),
    });
    const created = (await res.json()) as Created;
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const phones = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const socket = server!.connect();
        await socket.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...participantCredentials() });
        return socket;
      }),
    );
    const codes = await Promise.all(phones.flatMap((s, i) => Array.from({ length: 5 }, (_, k) => add(s, `Idé ${i}.${k}`))));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(20);
    expect(codes.filter((c) => c === 'limit_reached')).toHaveLength(30);
    expect(await add(facilitator.socket, 'Facilitatorens idé')).toBe('limit_reached');

    const exported = await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.json`);
    const again = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: await exported.text() });
    expect(again.status).toBe(201);
  });
});
