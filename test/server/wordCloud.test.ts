import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { cloudWords } from '../../shared/poll/cloud';
import { findPoll } from '../../shared/poll/polls';
import type { SessionState } from '../../shared/state';
import { newId, type TestServer } from '../helpers/server';
import { talkRoom } from '../helpers/talk';

async function wordPoll(server: TestServer, resultsLive: boolean) {
  const room = await talkRoom(server, 4);
  const pollId = newId();
  const f = room.facilitator.socket;
  expect(await f.emitWithAck('poll:create', { id: pollId, itemId: room.talk.id, kind: 'words', question: 'Hvad er biblioteket for jer?', resultsLive })).toMatchObject({ ok: true });
  expect(await f.emitWithAck('poll:open', { id: pollId })).toMatchObject({ ok: true });
  return { ...room, pollId };
}

const cloud = (state: SessionState | undefined, pollId: string) =>
  state && findPoll(state.polls, pollId) ? cloudWords(state.polls, findPoll(state.polls, pollId)!).map((w) => `${w.label}:${w.count}`).join() : '';

describe('the word cloud over real sockets', () => {
  it('groups Danish inflections for the facilitator and the projector, leaves stop words out, and follows the facilitator\'s rules', async ({ server }) => {
    const { created, facilitator, projector, phones, pollId } = await wordPoll(server, true);
    const answers = [['bibliotek', 'og'], ['Biblioteket'], ['bibliotekerne', 'Kaffe'], ['Ｋaffe\u200B']];
    for (const [i, words] of answers.entries()) expect(await phones[i]!.socket.emitWithAck('poll:answer', { pollId, words })).toMatchObject({ ok: true });
    for (const screen of [facilitator, projector, phones[0]!]) await screen.until((m) => cloud(m.state, pollId) === 'bibliotek:3,Kaffe:2');
    const held = findPoll(facilitator.state!.polls, pollId)!.tally.words;
    expect(held.find((w) => w.key === 'bibliotek')).toMatchObject({ count: 3, forms: [['bibliotek', 1], ['Biblioteket', 1], ['bibliotekerne', 1]] });
    expect(held.find((w) => w.key === 'og')).toMatchObject({ count: 1, stop: true });

    expect(await facilitator.socket.emitWithAck('poll:ruleWord', { pollId, word: 'Og', rule: 'show' })).toMatchObject({ ok: true });
    expect(await facilitator.socket.emitWithAck('poll:ruleWord', { pollId: null, word: 'kaffen', rule: 'hide' })).toMatchObject({ ok: true });
    for (const screen of [facilitator, projector]) await screen.until((m) => cloud(m.state, pollId) === 'bibliotek:3,og:1');
    expect(await phones[1]!.socket.emitWithAck('poll:ruleWord', { pollId, word: 'bibliotek', rule: 'hide' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await projector.socket.emitWithAck('poll:ruleWord', { pollId, word: 'bibliotek', rule: 'hide' })).toMatchObject({ ok: false, code: 'forbidden' });

    // The server's own state, which its stored events fold into, holds the same.
    const stored = server.server.hub.state(created.sessionId)!;
    expect(cloud(stored, pollId)).toBe('bibliotek:3,og:1');
    expect(stored.polls.wordRules).toHaveLength(2);
  });

  it('sends a phone no one else\'s words while results are held back, and no one\'s id', async ({ server }) => {
    const { facilitator, phones, pollId } = await wordPoll(server, false);
    expect(await phones[0]!.socket.emitWithAck('poll:answer', { pollId, words: ['Biblioteket'] })).toMatchObject({ ok: true });
    expect(await phones[1]!.socket.emitWithAck('poll:answer', { pollId, words: ['bibliotekerne'] })).toMatchObject({ ok: true });
    await facilitator.until((m) => cloud(m.state, pollId) === 'Biblioteket:2' || cloud(m.state, pollId) === 'bibliotekerne:2');
    await phones[2]!.until((m) => findPoll(m.state!.polls, pollId)?.tally.respondents === 2);
    const seen = JSON.stringify(phones[2]!.received);
    expect(seen).not.toContain('Biblioteket');
    expect(seen).not.toContain('bibliotekerne');
    expect(seen).not.toContain('"tags"');
    expect(findPoll(phones[2]!.state!.polls, pollId)!.tally.words).toEqual([]);
    const ownAndOthers = JSON.stringify(phones[0]!.received);
    expect(ownAndOthers).toContain('Biblioteket');
    expect(ownAndOthers).not.toContain('bibliotekerne');
    expect(ownAndOthers).not.toContain(phones[1]!.credentials.participantId);
  });
});
