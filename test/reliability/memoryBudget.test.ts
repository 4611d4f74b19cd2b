// The live sessions as a whole stay within their memory budget: join codes that fill several big boards make the
// least recently used leave memory (unwatched first), and every board comes back whole from the store.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { estimatedBytes } from '../../server/guards/memoryBudget';
import { type Created, joinAsFacilitator, joinAsParticipant, type Mirror, newId, startServer, type TestServer } from '../kit/testServer';

const BUDGET = 3_000_000;
const BOARDS = 4;
const PHONES_PER_BOARD = 8;
const IDEAS_PER_PHONE = 40;

let server: TestServer;
const mirrors: Mirror[] = [];
beforeAll(async () => {
  server = await startServer({ liveSessionBudgetBytes: BUDGET });
});
afterAll(async () => {
  for (const mirror of mirrors) mirror.socket.disconnect();
  await server.close();
});

const liveBytes = () => server.server.hub.liveSessionIds().reduce((sum, id) => sum + estimatedBytes(server.server.hub.state(id)!), 0);

/** A board filled by its phones, which stay connected: the session is watched. */
async function filledBoard(): Promise<{ created: Created; ideas: string[]; phone: Mirror }> {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  mirrors.push(facilitator);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  const phones = await Promise.all(Array.from({ length: PHONES_PER_BOARD }, (_, i) => joinAsParticipant(server, created, `Deltager ${i}`)));
  mirrors.push(...phones);
  const ideas = await Promise.all(
    phones.map(async (phone) => {
      const ids: string[] = [];
      for (let i = 0; i < IDEAS_PER_PHONE; i++) {
        const id = newId();
        const text = `${i}. Bibliotekarer underviser jobsøgende i digitale ansøgninger i samarbejde med jobcentret`;
        const ack = await phone.socket.emitWithAck('idea:add', { id, sector: 'public', text });
        if (ack.ok) ids.push(id);
      }
      return ids;
    }),
  );
  return { created, ideas: ideas.flat(), phone: phones[0]! };
}

it('keeps the live sessions within the budget while boards fill, and every board loads whole', async () => {
  const boards = [];
  for (let b = 0; b < BOARDS; b++) {
    boards.push(await filledBoard());
    // The ticker enforces the budget every second.
    await expect.poll(liveBytes, { timeout: 5_000 }).toBeLessThanOrEqual(BUDGET);
  }
  const oneBoard = estimatedBytes(server.server.hub.state(boards.at(-1)!.created.sessionId)!);
  console.log(`memory budget: ${BUDGET} bytes, one board of ${boards[0]!.ideas.length} ideas ~${oneBoard} bytes, live ${server.server.hub.liveSessionIds().length} of ${BOARDS}`);
  expect(oneBoard * BOARDS).toBeGreaterThan(BUDGET);
  expect(server.server.hub.liveSessionIds().length).toBeLessThan(BOARDS);

  for (const { created, ideas, phone } of boards) {
    expect(ideas).toHaveLength(PHONES_PER_BOARD * IDEAS_PER_PHONE);
    // A phone still in a board that left memory carries on: its next idea is stored.
    const more = newId();
    expect(await phone.socket.emitWithAck('idea:add', { id: more, sector: 'civil', text: 'Efter en pause' })).toMatchObject({ ok: true });
    await phone.until((m) => m.state!.board.ideas.some((i) => i.id === more));
    const reader = await joinAsFacilitator(server, created);
    mirrors.push(reader);
    expect(new Set(reader.state!.board.ideas.map((i) => i.id))).toEqual(new Set([...ideas, more]));
  }
});
