// A step of the wall clock (NTP, a laptop waking) must not refuse commands or new workshops: limiters measure
// elapsed time on a monotonic clock.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { joinAsFacilitator, startServer, type TestServer } from '../kit/testServer';

let server: TestServer;
/** The wall clock's step, in ms; Date.now is wrapped before the server starts so everything that reads it sees the step. */
let step = 0;
beforeAll(async () => {
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + step);
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
});

it('keeps accepting commands and new workshops after the wall clock steps back an hour', async () => {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  step = -3_600_000;
  for (const phase of ['voting', 'results', 'collecting'] as const) {
    expect(await facilitator.socket.emitWithAck('board:phase', { phase })).toMatchObject({ ok: true });
  }
  expect(facilitator.socket.connected).toBe(true);
  expect((await server.createSession()).sessionId).toBeTruthy();
});
