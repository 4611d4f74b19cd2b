import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocolVersion';
import { type Created, participantCredentials, startServer, type TestServer } from '../kit/testServer';

let server: TestServer;
let created: Created;
beforeEach(async () => {
  server = await startServer();
  created = await server.createSession();
});
afterEach(async () => {
  await server.close();
});

const joins = () => ({
  facilitator: { role: 'facilitator' as const, sessionId: created.sessionId, key: created.facilitatorKey },
  participant: { role: 'participant' as const, joinCode: created.joinCode, ...participantCredentials('Ida') },
  projector: { role: 'projector' as const, joinCode: created.joinCode },
});

describe('the protocol version sent on join', () => {
  it.each(['facilitator', 'participant', 'projector'] as const)('lets a %s page of this version in', async (role) => {
    const ack = await server.connect().emitWithAck('session:join', { ...joins()[role], protocol: PROTOCOL_VERSION });
    expect(ack.ok).toBe(true);
  });

  it.each([
    ['an older', PROTOCOL_VERSION - 1],
    ['a newer', PROTOCOL_VERSION + 1],
  ])('refuses %s page with outdated, and it joins nothing', async (_label, protocol) => {
    const phone = joins().participant;
    const ack = await server.connect().emitWithAck('session:join', { ...phone, protocol });
    expect(ack).toMatchObject({ ok: false, code: 'outdated' });
    // The refused phone was not added: its first join as the current version makes it a new participant.
    const watcher = server.connect();
    const fresh = await watcher.emitWithAck('session:join', { ...joins().facilitator, protocol: PROTOCOL_VERSION });
    if (!fresh.ok) throw new Error(fresh.code);
    const snapshot = fresh.data.sync.kind === 'snapshot' ? (JSON.parse(fresh.data.sync.stateJson) as { participants: object }) : null;
    expect(snapshot && Object.keys(snapshot.participants)).toEqual([]);
  });

  it('refuses a version that is no number as an invalid payload', async () => {
    const ack = await server.connect().emitWithAck('session:join', { ...joins().projector, protocol: 'v2' } as never);
    expect(ack).toMatchObject({ ok: false, code: 'invalid_payload' });
  });
});
