// Sessions leave memory when nobody uses them, and come back whole. A session whose
// programme the clock still runs stays, so the tick keeps stamping it.
import { afterEach, describe, expect, it } from 'vitest';
import { zonedDate } from '../../shared/time';
import { joinAsFacilitator, joinAsParticipant, newId, startServer, type TestServer } from '../kit/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const DAY = 86_400_000;
const live = () => server!.server.hub.liveSessionIds().length;
const isLive = (sessionId: string) => server!.server.hub.isLive(sessionId);

describe('idle sessions', () => {
  it('leave memory once no socket, write or running clock holds them, and are rebuilt whole on the next join', async () => {
    server = await startServer({ sessionIdleMs: 300 });
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    for (let i = 0; i < 30; i++) expect((await anna.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: `Idé ${i}` })).ok).toBe(true);
    await anna.until((m) => m.state!.board.ideas.length === 30);
    const before = JSON.stringify(server.server.hub.state(created.sessionId));

    // Watched: it stays however long it is idle. A session left alone after it was last used has gone once it has been
    // idle for longer than the limit, and the watched one has been idle longer still.
    const witness = await server.createSession();
    const witnessFacilitator = await joinAsFacilitator(server, witness);
    expect(isLive(witness.sessionId)).toBe(true);
    witnessFacilitator.socket.disconnect();
    await expect.poll(() => isLive(witness.sessionId), { timeout: 5_000 }).toBe(false);
    expect(isLive(created.sessionId)).toBe(true);
    facilitator.socket.disconnect();
    anna.socket.disconnect();
    await expect.poll(() => isLive(created.sessionId), { timeout: 5_000 }).toBe(false);
    expect(live()).toBe(0);

    const back = await joinAsParticipant(server, created, 'Bo');
    await back.until((m) => m.state!.seq > 0);
    const after = server.server.hub.state(created.sessionId)!;
    // The same state, plus Bo's join.
    expect({ ...after, seq: 0, participants: {} }).toEqual({ ...JSON.parse(before), seq: 0, participants: {} });
    expect(back.state!.board.ideas).toHaveLength(30);
  });

  it('stay while the clock runs their programme, and go once it has run', async () => {
    server = await startServer({ sessionIdleMs: 300 });
    const running = await server.createSession({ date: zonedDate(Date.now() + DAY) });
    const over = await server.createSession({ date: zonedDate(Date.now() - 2 * DAY) });
    for (const created of [running, over]) {
      const facilitator = await joinAsFacilitator(server, created);
      expect((await facilitator.socket.emitWithAck('agenda:mode', { mode: 'clock' })).ok).toBe(true);
      facilitator.socket.disconnect();
    }
    await expect.poll(() => isLive(over.sessionId), { timeout: 5_000 }).toBe(false);
    expect(isLive(running.sessionId)).toBe(true);
  });
});
