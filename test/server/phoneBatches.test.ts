// Large rooms get their phone events gathered a few times a second (server/socket/phoneBatches.ts): real server,
// a few hundred real sockets. Order, completeness, gap detection and privacy must be those of immediate delivery,
// and the facilitator is never held back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OTHERS } from '../../shared/board/dots';
import { type Created, joinAsFacilitator, joinAsParticipant, type Mirror, newId, startServer, type TestServer } from '../kit/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Phone = Awaited<ReturnType<typeof joinAsParticipant>>;

/**
 * A room of a few hundred phones counts as large here (the default is a thousand), and the interval is longer
 * than the default so a test on a busy machine still sees several commits gathered into one batch.
 */
const batching = { abovePhones: 200, everyMs: 1000 };

async function room(phones: number): Promise<{ created: Created; facilitator: Mirror; phones: Phone[] }> {
  server = await startServer({ phoneBatching: batching });
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  const joined: Phone[] = [];
  // A few dozen at a time, as people arrive.
  while (joined.length < phones) {
    const next = Math.min(50, phones - joined.length);
    joined.push(...(await Promise.all(Array.from({ length: next }, (_, i) => joinAsParticipant(server!, created, `Telefon ${joined.length + i}`)))));
  }
  return { created, facilitator, phones: joined };
}

const ideaIds = (mirror: Mirror) => mirror.state!.board.ideas.map((idea) => idea.id);

async function add(mirror: Mirror, id: string): Promise<void> {
  const ack = await mirror.socket.emitWithAck('idea:add', { id, sector: 'public', text: `Idé ${id}` });
  expect(ack).toMatchObject({ ok: true });
}

/** Hundreds of real sockets joining and folding every batch: slow on a busy two-core machine. */
const LARGE_ROOM_TEST_MS = 120_000;

describe('phone events in a large room', () => {
  it('reach every phone gathered, in order, each once, with their own view, and the facilitator at once', async () => {
    const { facilitator, phones } = await room(batching.abovePhones + 50);
    const writers = phones.slice(0, 20);
    const listener = phones.at(-1)!;
    const [listenerBefore, facilitatorBefore] = [listener.received.length, facilitator.received.length];
    const startedAt = performance.now();
    const fromFacilitator: string[] = [];
    const facilitatorAdds = (async () => {
      for (let i = 0; i < 10; i++) {
        const id = newId();
        await add(facilitator, id);
        // The batch leaves before the acknowledgement on the same socket: never held back for the phones.
        expect(ideaIds(facilitator)).toContain(id);
        fromFacilitator.push(id);
      }
    })();
    const byWriter = new Map<Phone, string[]>(writers.map((w) => [w, []]));
    await Promise.all([
      facilitatorAdds,
      ...writers.map(async (writer) => {
        for (let i = 0; i < 5; i++) {
          const id = newId();
          await add(writer, id);
          byWriter.get(writer)!.push(id);
        }
      }),
    ]);
    const elapsedMs = performance.now() - startedAt;
    const expected = ideaIds(facilitator);
    expect(expected).toHaveLength(10 + 20 * 5);
    await Promise.all(phones.map((phone) => phone.until((m) => ideaIds(m).length >= expected.length, 60_000)));

    for (const phone of phones) {
      // Same ideas in the same order as the facilitator's board: nothing lost, nothing twice, nothing reordered.
      expect(ideaIds(phone)).toEqual(expected);
      expect(phone.gaps).toBe(0);
      expect(phone.state!.seq).toBe(facilitator.state!.seq);
    }
    // Each phone knows its own ideas as its own and nobody else's author.
    for (const [writer, own] of byWriter) {
      for (const idea of writer.state!.board.ideas) {
        expect(idea.authorId).toBe(own.includes(idea.id) ? writer.credentials.participantId : fromFacilitator.includes(idea.id) ? null : OTHERS);
      }
    }
    // Gathered: a phone that wrote nothing got at most one batch per interval, the facilitator one per commit.
    const phoneBatches = listener.received.length - listenerBefore;
    expect(facilitator.received.length - facilitatorBefore).toBeGreaterThanOrEqual(10);
    expect(phoneBatches).toBeLessThanOrEqual(Math.ceil(elapsedMs / batching.everyMs) + 1);
  }, LARGE_ROOM_TEST_MS);

  it('lets a phone that missed a gathered batch see the gap and catch up', async () => {
    const { facilitator, phones } = await room(batching.abovePhones + 10);
    const phone = phones[0]!;
    phone.dropNext = true;
    const first = newId();
    await add(facilitator, first);
    await vi.waitFor(() => expect(phone.dropNext).toBe(false), { timeout: 5000 });
    const second = newId();
    await add(facilitator, second);
    await phone.until((m) => ideaIds(m).includes(second));
    expect(phone.gaps).toBe(1);
    expect(ideaIds(phone)).toEqual([first, second]);
  }, LARGE_ROOM_TEST_MS);

  it('sends each commit to the phones of a small room at once', async () => {
    const { facilitator, phones } = await room(5);
    const phone = phones[4]!;
    const before = phone.received.length;
    for (let i = 0; i < 5; i++) {
      const id = newId();
      await add(facilitator, id);
      await phone.until((m) => ideaIds(m).includes(id));
    }
    expect(phone.received.length - before).toBe(5);
  });
});
