// A phone drops off the network, keeps writing, and comes back after the room has moved on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/errors';
import { joinAsFacilitator, joinAsParticipant, Mirror, newId, participantCredentials, startServer, type TestServer } from '../kit/testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const addIdea = (m: Mirror, id: string, text: string) => m.socket.emitWithAck('idea:add', { id, sector: 'market', text });

describe('a phone that goes offline while the room moves on', () => {
  it('delivers each idea it wrote offline exactly once, even when sent twice, and catches up', async () => {
    const created = await server.createSession({ date: '2020-01-01' });
    const facilitator = await joinAsFacilitator(server, created);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    const bo = await joinAsParticipant(server, created, 'Bo');
    const credentials = participantCredentials('Anna');
    const anna = new Mirror(server.connect());
    expect((await anna.stayJoined({ role: 'participant', joinCode: created.joinCode, ...credentials })).ok).toBe(true);

    // An add whose answer is lost: the packet leaves, then the network drops (no goodbye) before the ack comes back.
    const unanswered = newId();
    anna.socket.emit('idea:add', { id: unanswered, sector: 'market', text: 'Sendt lige før tunnelen' }, () => {
      throw new Error('the answer should have been lost');
    });
    anna.socket.io.engine.close();
    await anna.until((m) => !m.online);
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.id === unanswered));

    // Offline, the phone writes three ideas; the socket holds them until it is connected again.
    const queued = [newId(), newId(), newId()];
    const firstTries: Promise<Ack<unknown>>[] = queued.map((id, i) => addIdea(anna, id, `Offline idé ${i}`));

    // Meanwhile the room moves on.
    for (let i = 0; i < 5; i++) expect((await addIdea(bo, newId(), `Bo ${i}`)).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('group:create', { id: newId(), sector: 'market', title: 'Kaffe' })).ok).toBe(true);
    await facilitator.until((m) => m.state!.board.ideas.length === 6);
    expect(anna.state!.seq).toBeLessThan(facilitator.state!.seq);

    anna.socket.connect();
    await anna.until((m) => m.online, 10_000);
    // The held packets go out before the join, so the server refuses them; the phone must send again.
    for (const ack of await Promise.all(firstTries)) expect(ack).toMatchObject({ ok: false, code: 'not_joined' });

    // It sends its queue and the lost add again, each twice, as a retry after a timeout would.
    const retries = [unanswered, ...queued].flatMap((id, i) => [addIdea(anna, id, `Offline idé ${i - 1}`), addIdea(anna, id, `Offline idé ${i - 1}`)]);
    for (const ack of await Promise.all(retries)) expect(ack.ok).toBe(true);

    const stored = await server.store.events(created.sessionId, 0);
    for (const id of [unanswered, ...queued]) {
      const added = stored.filter((e) => e.event.type === 'idea:added' && e.event.idea.id === id);
      expect(added, `idea:added for ${id}`).toHaveLength(1);
      expect(added[0]!.actor).toBe(credentials.participantId);
    }
    expect(stored.filter((e) => e.event.type === 'idea:added')).toHaveLength(9);

    // The same participant on a fresh socket: the snapshot of Anna's own view.
    const fresh = new Mirror(server.connect());
    expect((await fresh.join({ role: 'participant', joinCode: created.joinCode, ...credentials })).ok).toBe(true);
    expect(fresh.state!.seq).toBe(stored.at(-1)!.seq);
    await anna.until((m) => m.state!.seq === fresh.state!.seq);
    expect(anna.state).toEqual(fresh.state);
    expect(anna.joins).toBe(2);
  });
});
