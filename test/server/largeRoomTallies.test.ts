// A large room's phones get poll results and upvote counts as tallies, not an event per answer
// (server/socket/tallies.ts). Whatever reaches them coalesced, every screen must end with the exact counts, and a
// phone that does not read must not make the server hold more for it per answer.
import { describe, expect } from 'vitest';
import { findPoll } from '../../shared/poll/polls';
import type { SessionState } from '../../shared/state';
import { bufferedBytes } from '../../server/socket/outbox';
import { TALLIES_READY_BYTES } from '../../server/tuning';
import { joinAsParticipant, Mirror, newId, participantCredentials, type TestServer } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';
import { it, test } from '../kit/server';

/** Three phones make a room large here; batches leave every 50 ms. */
const LARGE_ROOM = { abovePhones: 3, everyMs: 50 };
test.override('serverOptions', { phoneBatching: LARGE_ROOM });

type Room = Awaited<ReturnType<typeof talkRoom>>;

async function openPoll(room: Room): Promise<string> {
  const id = newId();
  const created = await room.facilitator.socket.emitWithAck('poll:create', { id, itemId: room.talk.id, kind: 'single', question: 'Hvad vejer tungest?', options: ['A', 'B', 'C'] });
  expect(created).toMatchObject({ ok: true });
  expect(await room.facilitator.socket.emitWithAck('poll:open', { id })).toMatchObject({ ok: true });
  return id;
}

/** A screen that has not yet received the poll reads as 'none' until it has. */
const countsOf = (state: SessionState, pollId: string) => {
  const tally = findPoll(state.polls, pollId)?.tally;
  return tally ? `${tally.respondents}:${tally.counts.join(',')}` : 'none';
};
const votesOf = (state: SessionState) => state.questions.questions.map((q) => `${q.id}=${q.votes}`).sort().join(' ');

/** Every screen's counts once they agree with the server's (the facilitator's mirror gets every event). */
async function allAgree(server: TestServer, room: Room, screens: Mirror[], read: (state: SessionState) => string): Promise<string> {
  const truth = read(server.server.hub.state(room.created.sessionId)!);
  await Promise.all(screens.map((screen) => screen.until((m) => read(m.state!) === truth, 15_000)));
  return truth;
}

/** Answer events a phone received about other people's answers: in a large room there must be none. */
const othersAnswers = (phone: Phone) =>
  phone.received.flatMap((b) => b.events).filter((e) => (e.event.type === 'poll:answered' || e.event.type === 'poll:answerCounted') && e.event.participantId === undefined);

describe('counts in a large room', () => {
  it('reach every phone as tallies, and every screen ends with the exact poll result after changed answers', async ({ server }) => {
    const room = await talkRoom(server, 6);
    const pollId = await openPoll(room);
    await Promise.all(room.phones.map((phone, i) => phone.socket.emitWithAck('poll:answer', { pollId, choices: [i % 3] })));
    // Two change their minds: each is still counted once.
    expect(await room.phones[0]!.socket.emitWithAck('poll:answer', { pollId, choices: [2] })).toMatchObject({ ok: true });
    expect(await room.phones[1]!.socket.emitWithAck('poll:answer', { pollId, choices: [2] })).toMatchObject({ ok: true });
    const truth = await allAgree(server, room, [room.facilitator, room.projector, ...room.phones], (s) => countsOf(s, pollId));
    expect(truth).toBe('6:1,1,4');
    for (const phone of room.phones) {
      expect(othersAnswers(phone)).toEqual([]);
      expect(phone.tallies.length).toBeGreaterThan(0);
      // The tallies carry who is online too: the six phones.
      expect(phone.tallies.at(-1)!.participantsOnline).toBe(6);
      // Their own answer still reaches them, so the phone shows what it chose.
      expect(findPoll(phone.state!.polls, pollId)!.answers[phone.credentials.participantId]).toBeDefined();
    }
  });

  it('keeps question upvote counts exact on every screen through upvotes and withdrawn upvotes', async ({ server }) => {
    const room = await talkRoom(server, 6);
    const questionIds = [newId(), newId()];
    for (const id of questionIds) {
      expect(await room.facilitator.socket.emitWithAck('question:ask', { id, itemId: room.talk.id, text: `Spørgsmål ${id.slice(0, 4)}` })).toMatchObject({ ok: true });
    }
    await Promise.all(room.phones.flatMap((phone) => questionIds.map((questionId) => phone.socket.emitWithAck('question:upvote', { questionId }))));
    expect(await room.phones[0]!.socket.emitWithAck('question:unvote', { questionId: questionIds[0]! })).toMatchObject({ ok: true });
    const truth = await allAgree(server, room, [room.facilitator, room.projector, ...room.phones], votesOf);
    expect(truth).toBe(questionIds.map((id, i) => `${id}=${i === 0 ? 5 : 6}`).sort().join(' '));
    for (const phone of room.phones) {
      const upvotes = phone.received.flatMap((b) => b.events).filter((e) => e.event.type === 'question:upvoted' && e.event.participantId === undefined);
      expect(upvotes).toEqual([]);
      // Who voted stays with the facilitator: a phone knows only its own upvote.
      for (const q of phone.state!.questions.questions) expect(q.voters.every((v) => v === phone.credentials.participantId)).toBe(true);
    }
  });

  it('keeps dot totals exact on every screen once results are shown', async ({ server }) => {
    const room = await talkRoom(server, 6);
    const ideaIds = [newId(), newId()];
    expect(await room.facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).toMatchObject({ ok: true });
    for (const id of ideaIds) expect(await room.facilitator.socket.emitWithAck('idea:add', { id, sector: 'public', text: `Idé ${id}` })).toMatchObject({ ok: true });
    expect(await room.facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).toMatchObject({ ok: true });
    await Promise.all(room.phones.map((phone, i) => phone.socket.emitWithAck('vote:cast', { ideaId: ideaIds[i % 2]! })));
    expect(await room.phones[0]!.socket.emitWithAck('vote:retract', { ideaId: ideaIds[0]! })).toMatchObject({ ok: true });
    expect(await room.facilitator.socket.emitWithAck('board:phase', { phase: 'results' })).toMatchObject({ ok: true });
    const totals = (s: SessionState) => s.board.ideas.map((idea) => `${idea.id}=${Object.values(idea.votes).reduce((a, b) => a + b, 0)}`).sort().join(' ');
    const truth = await allAgree(server, room, [room.facilitator, room.projector, ...room.phones], totals);
    expect(truth).toBe(ideaIds.map((id, i) => `${id}=${i === 0 ? 2 : 3}`).sort().join(' '));
  });

  it('brings a phone that reconnects, and one that missed a batch, to the exact counts', async ({ server }) => {
    const room = await talkRoom(server, 6);
    const pollId = await openPoll(room);
    const [away, gap, ...others] = room.phones as [Phone, Phone, ...Phone[]];
    const credentials = { role: 'participant' as const, joinCode: room.created.joinCode, ...away.credentials };
    away.socket.on('connect', () => void away.join(credentials));
    away.socket.disconnect();
    // A batch to lose: the poll's presentation reaches every phone as an event.
    gap.dropNext = true;
    const lost = new Promise((resolve) => gap.socket.once('events', resolve));
    expect(await room.facilitator.socket.emitWithAck('poll:present', { id: null })).toMatchObject({ ok: true });
    await lost;
    await Promise.all(others.map((phone, i) => phone.socket.emitWithAck('poll:answer', { pollId, choices: [i % 3] })));
    expect(await others[0]!.socket.emitWithAck('poll:answer', { pollId, choices: [1] })).toMatchObject({ ok: true });
    // The next batch shows the gap; the phone joins again from what it holds.
    expect(await room.facilitator.socket.emitWithAck('poll:present', { id: pollId })).toMatchObject({ ok: true });
    await gap.until((m) => m.gaps === 1 && m.joins === 2);
    away.socket.connect();
    await away.until((m) => m.joins === 2);
    expect(await gap.socket.emitWithAck('poll:answer', { pollId, choices: [0] })).toMatchObject({ ok: true });
    const truth = await allAgree(server, room, [room.facilitator, room.projector, ...room.phones], (s) => countsOf(s, pollId));
    expect(truth).toBe('5:2,2,1');
  });

  it('does not make the server hold more per answer for a phone that never reads, and still sends it every idea', async ({ server }) => {
    const room = await talkRoom(server, 5);
    const pollId = await openPoll(room);
    // A phone on long-polling that stops polling: whatever the server sends it waits in the server's memory.
    const slow = new Mirror(server.connect({ transports: ['polling'] }));
    const joined = await slow.join({ role: 'participant', joinCode: room.created.joinCode, ...participantCredentials('Sover') });
    expect(joined.ok).toBe(true);
    const conn = server.server.io.sockets.sockets.get(slow.socket.id!)!.conn;
    const transport = slow.socket.io.engine.transport as unknown as { pause(done: () => void): void };
    await new Promise<void>((resolve) => transport.pause(resolve));
    await room.facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    // Ideas it must not miss fill its outbox past the point where it is sent no more tallies.
    const ideas: string[] = [];
    while (bufferedBytes(conn) <= TALLIES_READY_BYTES && ideas.length < 200) {
      const id = newId();
      ideas.push(id);
      const added = await room.facilitator.socket.emitWithAck('idea:add', { id, sector: 'civil', text: `Idé ${id} ${'x'.repeat(470)}` });
      expect(added, JSON.stringify(added)).toMatchObject({ ok: true });
      // Each idea's batch has left (a phone that reads holds it) before the outbox is measured again: the loop keeps
      // to the batches' pace, within the facilitator's command budget.
      await room.phones[0]!.until((m) => m.state!.board.ideas.some((idea) => idea.id === id));
    }
    const held = bufferedBytes(conn);
    expect(held).toBeGreaterThan(TALLIES_READY_BYTES);
    // Forty answers, changed answers included, while it does not read.
    for (let round = 0; round < 8; round++) {
      await Promise.all(room.phones.map((phone, i) => phone.socket.emitWithAck('poll:answer', { pollId, choices: [(i + round) % 3] })));
    }
    await allAgree(server, room, [room.facilitator, room.projector, ...room.phones], (s) => countsOf(s, pollId));
    // Nothing per answer: forty answers as events would be kilobytes. A room's presence count (one short message,
    // at most every 10 s) may still be queued for it meanwhile.
    expect(bufferedBytes(conn) - held).toBeLessThan(100);
    slow.socket.disconnect();
    // Back on a connection that reads: every idea, and the exact result.
    const back = await joinAsParticipant(server, room.created);
    await allAgree(server, room, [back], (s) => countsOf(s, pollId));
    for (const id of ideas) expect(back.state!.board.ideas.map((i) => i.id)).toContain(id);
  });

  it('sends a small room every answer as an event at once, and no tallies', async ({ startServer }) => {
    const small = await startServer({});
    const room = await talkRoom(small, 3);
    const pollId = await openPoll(room);
    await Promise.all(room.phones.map((phone, i) => phone.socket.emitWithAck('poll:answer', { pollId, choices: [i % 3] })));
    await allAgree(small, room, [room.facilitator, room.projector, ...room.phones], (s) => countsOf(s, pollId));
    for (const phone of room.phones) {
      expect(othersAnswers(phone)).toHaveLength(2);
      expect(phone.tallies).toEqual([]);
    }
  });
});
