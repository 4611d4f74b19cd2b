// A word the facilitator hides from the cloud is never sent to a phone or the projector again: not in the tallies,
// not in others' answers, not in a snapshot or a catch-up, not in the rules. The facilitator keeps it, marked hidden.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { cloudWords, showsWord } from '../../shared/poll/cloud';
import { findPoll } from '../../shared/poll/polls';
import type { SessionState } from '../../shared/state';
import { Mirror, newId, participantCredentials, type TestServer } from '../kit/testServer';
import type { Phone } from '../kit/talk';
import { talkRoom } from '../kit/talk';

const HIDDEN = 'Dumrian';

async function wordPoll(server: TestServer) {
  const room = await talkRoom(server, 5);
  const pollId = newId();
  const f = room.facilitator.socket;
  expect(await f.emitWithAck('poll:create', { id: pollId, itemId: room.talk.id, kind: 'words', question: 'Hvad er biblioteket for jer?', resultsLive: true })).toMatchObject({ ok: true });
  expect(await f.emitWithAck('poll:open', { id: pollId })).toMatchObject({ ok: true });
  return { ...room, pollId };
}

const cloud = (state: SessionState | undefined, pollId: string) =>
  state && findPoll(state.polls, pollId) ? cloudWords(state.polls, findPoll(state.polls, pollId)!).map((w) => `${w.label}:${w.count}`).join() : '';

/** Every message a socket receives from now on, raw, as one text to search. */
function recorder(mirror: Mirror) {
  const raw: string[] = [];
  mirror.socket.onAny((event: string, ...args: unknown[]) => raw.push(JSON.stringify([event, ...args])));
  return { text: () => raw.join('\n').toLowerCase(), count: () => raw.length };
}

describe('a word hidden from the cloud', () => {
  it('never reaches a phone or the projector after it is hidden, in any message; the facilitator sees it marked hidden', async ({ server }) => {
    const { created, facilitator, projector, phones, pollId } = await wordPoll(server);
    const [anna, bo, cy, dan, eve] = phones as [Phone, Phone, Phone, Phone, Phone];
    await expect(anna.socket.emitWithAck('poll:answer', { pollId, words: [HIDDEN, 'bøger'] })).resolves.toMatchObject({ ok: true });
    await expect(bo.socket.emitWithAck('poll:answer', { pollId, words: ['Dumrianen', 'kaffe'] })).resolves.toMatchObject({ ok: true });
    for (const screen of [cy, dan, projector]) await screen.until((m) => cloud(m.state, pollId).includes(`${HIDDEN}:2`));
    // Dan is away while the word is hidden: he comes back with what he held, and is caught up.
    const danHeld = dan.state!;
    dan.socket.disconnect();

    const watched = [cy, projector].map((screen) => ({ screen, seen: recorder(screen) }));
    expect(await facilitator.socket.emitWithAck('poll:ruleWord', { pollId, word: HIDDEN, rule: 'hide' })).toMatchObject({ ok: true });
    // Answers after the hiding, one by a phone that answered before and changes its answer.
    await expect(eve.socket.emitWithAck('poll:answer', { pollId, words: ['dumrians', 'musik'] })).resolves.toMatchObject({ ok: true });
    await expect(bo.socket.emitWithAck('poll:answer', { pollId, words: ['Dumrianen', 'kaffe', 'film'] })).resolves.toMatchObject({ ok: true });
    for (const { screen } of watched) await screen.until((m) => cloud(m.state, pollId) === 'bøger:1,film:1,kaffe:1,musik:1');
    await facilitator.until((m) => findPoll(m.state!.polls, pollId)!.tally.words.find((w) => w.key === 'dumrian')?.count === 3);

    // A phone joining now (snapshot) and Dan coming back (catch-up from what he held).
    const late = new Mirror(server.connect());
    const lateSeen = recorder(late);
    const lateJoin = await late.join({ role: 'participant', joinCode: created.joinCode, ...participantCredentials('Fie') });
    const back = new Mirror(server.connect());
    back.state = danHeld;
    const backSeen = recorder(back);
    const backJoin = await back.join({ role: 'participant', joinCode: created.joinCode, ...dan.credentials });
    expect(lateJoin.ok && backJoin.ok).toBe(true);
    for (const screen of [late, back]) expect(cloud(screen.state, pollId)).toBe('bøger:1,film:1,kaffe:1,musik:1');

    const everything = [...watched.map((w) => w.seen.text()), lateSeen.text(), backSeen.text(), JSON.stringify([lateJoin, backJoin]).toLowerCase()];
    for (const text of everything) {
      expect(text).not.toContain('dumrian');
      expect(text).not.toContain('"hide"');
    }
    expect(watched.every((w) => w.seen.count() > 0)).toBe(true);
    // Eve's own answer reaches her as she typed it, but her cloud does not count the hidden word.
    await eve.until((m) => cloud(m.state, pollId) === 'bøger:1,film:1,kaffe:1,musik:1');
    expect(findPoll(eve.state!.polls, pollId)!.answers[eve.credentials.participantId]?.answer).toEqual({ words: ['dumrians', 'musik'] });

    // The facilitator still has the word, counted, with its rule: the console shows it marked hidden.
    const poll = findPoll(facilitator.state!.polls, pollId)!;
    const word = poll.tally.words.find((w) => w.key === 'dumrian')!;
    expect(word.count).toBe(3);
    expect(showsWord(facilitator.state!.polls.wordRules, pollId, word)).toBe(false);
    expect(facilitator.state!.polls.wordRules).toMatchObject([{ key: 'dumrian', rule: 'hide' }]);
    expect(cy.state!.polls.wordRules).toEqual([]);
  });

  it('comes back, counted, on every screen once the facilitator shows it again', async ({ server }) => {
    const { facilitator, projector, phones, pollId } = await wordPoll(server);
    const [anna, bo] = phones as [Phone, Phone];
    expect(await facilitator.socket.emitWithAck('poll:ruleWord', { pollId: null, word: HIDDEN, rule: 'hide' })).toMatchObject({ ok: true });
    await expect(anna.socket.emitWithAck('poll:answer', { pollId, words: [HIDDEN, 'bøger'] })).resolves.toMatchObject({ ok: true });
    await bo.until((m) => cloud(m.state, pollId) === 'bøger:1');
    expect(JSON.stringify(bo.received).toLowerCase()).not.toContain('dumrian');
    expect(await facilitator.socket.emitWithAck('poll:ruleWord', { pollId: null, word: HIDDEN, rule: 'default' })).toMatchObject({ ok: true });
    for (const screen of [bo, anna, projector]) await screen.until((m) => cloud(m.state, pollId) === `bøger:1,${HIDDEN}:1`);
  });
});
