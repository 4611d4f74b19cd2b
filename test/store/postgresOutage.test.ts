// PostgreSQL going away under a running server: commands fail closed with a typed error (nothing acknowledged that
// was not stored), /readyz says so, and writes recover by themselves when it returns. A cluster of its own, so the
// shared server is never stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/store/postgres';
import { createPgCluster, type PgCluster } from '../kit/pgCluster';
import { joinAsFacilitator, joinAsParticipant, newId, startServer, type TestServer } from '../kit/testServer';

let cluster: PgCluster | undefined;
let server: TestServer;
beforeAll(async () => {
  cluster = await createPgCluster();
  server = await startServer({ store: await openPostgresStore(cluster.url, { poolSize: 2 }) });
}, 60_000);
afterAll(async () => {
  await server?.close().catch(() => {});
  await cluster?.drop();
}, 60_000);

const ready = async () => (await fetch(`${server.url}/readyz`)).status;

describe('PostgreSQL stopped and started again', () => {
  it('refuses commands with unavailable while it is down, and takes them again when it is back', async () => {
    const created = await server.createSession();
    const phone = await joinAsParticipant(server, created, 'Anna');
    const facilitator = await joinAsFacilitator(server, created);
    for (const [command, payload] of [['agenda:start', {}], ['agenda:next', {}], ['board:phase', { phase: 'collecting' }]] as const) {
      expect((await facilitator.socket.emitWithAck(command, payload as never)).ok).toBe(true);
    }
    const before = { id: newId(), sector: 'civil' as const, text: 'Før' };
    expect((await phone.socket.emitWithAck('idea:add', before)).ok).toBe(true);
    expect(await ready()).toBe(200);

    await cluster!.stop();
    const refused = await phone.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Under' });
    expect(refused).toMatchObject({ ok: false, code: 'unavailable' });
    expect(await ready()).toBe(503);

    await cluster!.start();
    // The pool opens fresh connections by itself: the phone's retry is all it takes.
    const after = { id: newId(), sector: 'civil' as const, text: 'Efter' };
    await expect
      .poll(
        async () => {
          if (!phone.socket.connected || !phone.online) await phone.join({ role: 'participant', joinCode: created.joinCode, ...phone.credentials });
          return (await phone.socket.emitWithAck('idea:add', after)).ok;
        },
        { timeout: 15_000, interval: 250 },
      )
      .toBe(true);
    expect(await ready()).toBe(200);
    // Stored: exactly what was acknowledged, in a gap-free sequence.
    const stored = await server.store.events(created.sessionId, 0);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
    const texts = stored.flatMap((e) => (e.event.type === 'idea:added' ? [e.event.idea.text] : []));
    expect(texts).toEqual(['Før', 'Efter']);
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.text === 'Efter'));
  });
});
