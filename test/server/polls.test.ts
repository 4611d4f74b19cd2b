import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { limits } from '../../shared/limits';
import { findPoll } from '../../shared/poll/polls';
import { joinAsFacilitator, newId, type TestServer } from '../helpers/server';
import { type Phone, talkRoom } from '../helpers/talk';

async function withOpenPoll(server: TestServer, kind: 'single' | 'scale' | 'words' = 'single', phones = 2) {
  const room = await talkRoom(server, phones);
  const pollId = newId();
  const options = kind === 'single' ? { options: ['Ressourcer', 'Netværk', 'Monokultur'] } : {};
  expect(await room.facilitator.socket.emitWithAck('poll:create', { id: pollId, itemId: room.talk.id, kind, question: 'Hvad synes I?', ...options })).toMatchObject({ ok: true });
  expect(await room.facilitator.socket.emitWithAck('poll:open', { id: pollId })).toMatchObject({ ok: true });
  return { ...room, pollId };
}

describe('live polls over real sockets', () => {
  it('opens a poll on every phone and shows changed answers live on the projector', async ({ server }) => {
    const { projector, phones, pollId } = await withOpenPoll(server, 'single', 3);
    for (const phone of phones) await phone.until((m) => findPoll(m.state!.polls, pollId)?.status === 'open');
    await projector.until((m) => m.state!.polls.presentedId === pollId);
    const [anna, bo, carl] = phones as [Phone, Phone, Phone];
    expect(await anna.socket.emitWithAck('poll:answer', { pollId, choices: [0] })).toMatchObject({ ok: true });
    expect(await bo.socket.emitWithAck('poll:answer', { pollId, choices: [1] })).toMatchObject({ ok: true });
    expect(await carl.socket.emitWithAck('poll:answer', { pollId, choices: [1] })).toMatchObject({ ok: true });
    expect(await anna.socket.emitWithAck('poll:answer', { pollId, choices: [1] })).toMatchObject({ ok: true });
    await projector.until((m) => findPoll(m.state!.polls, pollId)!.tally.counts.join() === '0,3,0');
    expect(findPoll(projector.state!.polls, pollId)!.tally.respondents).toBe(3);
  });

  it('counts words case- and space-insensitively across phones', async ({ server }) => {
    const { projector, phones, pollId } = await withOpenPoll(server, 'words');
    expect(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, words: ['Røde Kors', 'Jobcenter'] })).toMatchObject({ ok: true });
    expect(await phones[1]!.socket.emitWithAck('poll:answer', { pollId, words: ['  røde  kors'] })).toMatchObject({ ok: true });
    await projector.until((m) => findPoll(m.state!.polls, pollId)!.tally.words.find((w) => w.label === 'Røde Kors')?.count === 2);
    const counts = Object.fromEntries(findPoll(projector.state!.polls, pollId)!.tally.words.map((w) => [w.label, w.count]));
    expect(counts).toEqual({ 'Røde Kors': 2, Jobcenter: 1 });
  });

  it('refuses an answer once the poll is closed, and the result stays as it was', async ({ server }) => {
    const { created, facilitator, phones, pollId } = await withOpenPoll(server, 'scale');
    await phones[0]!.socket.emitWithAck('poll:answer', { pollId, scale: 4 });
    expect(await facilitator.socket.emitWithAck('poll:close', { id: pollId })).toMatchObject({ ok: true });
    expect(await phones[1]!.socket.emitWithAck('poll:answer', { pollId, scale: 1 })).toMatchObject({ ok: false, code: 'wrong_phase' });
    expect(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, scale: 1 })).toMatchObject({ ok: false, code: 'wrong_phase' });
    expect(findPoll(server.server.hub.state(created.sessionId)!.polls, pollId)!.tally.counts).toEqual([0, 0, 0, 1, 0]);
  });

  it('refuses create, open, close, present and delete from a participant and the projector, and nothing is stored', async ({ server }) => {
    const { created, projector, phones, pollId } = await withOpenPoll(server);
    const seq = server.server.hub.state(created.sessionId)!.seq;
    for (const socket of [phones[0]!.socket, projector.socket]) {
      expect(await socket.emitWithAck('poll:create', { id: newId(), kind: 'text', question: 'Mit eget?' })).toMatchObject({ ok: false, code: 'forbidden' });
      for (const name of ['poll:open', 'poll:close', 'poll:delete'] as const) {
        expect(await socket.emitWithAck(name, { id: pollId }), name).toMatchObject({ ok: false, code: 'forbidden' });
      }
      expect(await socket.emitWithAck('poll:present', { id: null })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await projector.socket.emitWithAck('poll:answer', { pollId, choices: [0] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(server.server.hub.state(created.sessionId)!.seq).toBe(seq);
  });

  it(`stops a participant after ${limits.answersPerPoll} answers to one poll`, async ({ server }) => {
    const { phones, pollId } = await withOpenPoll(server, 'scale', 1);
    const acks = [];
    for (let i = 0; i <= limits.answersPerPoll; i++) acks.push(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, scale: (i % 5) + 1 }));
    expect(acks.filter((a) => a.ok)).toHaveLength(limits.answersPerPoll);
    expect(acks.at(-1)).toMatchObject({ ok: false, code: 'limit_reached' });
  });

  it.for([
    ['an answer of the wrong kind', { words: ['Ja'] }, 'invalid_payload'],
    ['two answers at once', { choices: [0], scale: 3 }, 'invalid_payload'],
    ['an option out of range', { choices: [9] }, 'invalid_payload'],
    ['a poll id of "__proto__"', { pollId: '__proto__', choices: [0] }, 'not_found'],
    ['a huge list of choices', { choices: Array.from({ length: 10_000 }, () => 0) }, 'too_large'],
    ['no answer', {}, 'invalid_payload'],
  ] as const)('answers %s by %s and stores nothing', async ([_label, change, code], { server }) => {
    const { created, phones, pollId } = await withOpenPoll(server);
    const seq = server.server.hub.state(created.sessionId)!.seq;
    expect(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, ...change } as never)).toMatchObject({ ok: false, code });
    expect(server.server.hub.state(created.sessionId)!.seq).toBe(seq);
  });

  it('ships the two prepared polls with a new seminar workshop', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    expect(facilitator.state!.polls.polls.map((p) => [p.kind, p.question])).toEqual([
      ['single', 'Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?'],
      ['words', 'Hvilke partnere har I allerede?'],
    ]);
  });

  it('keeps acknowledged answers across a restart', async ({ server: first, startServer }) => {
    const { created, phones, pollId } = await withOpenPoll(first);
    expect(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, choices: [2] })).toMatchObject({ ok: true });
    await first.close();
    const server = await startServer({ dataDir: first.dataDir });
    const fresh = await joinAsFacilitator(server, created);
    expect(findPoll(fresh.state!.polls, pollId)!.tally).toMatchObject({ respondents: 1, counts: [0, 0, 1] });
  });
});
