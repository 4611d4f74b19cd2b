import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { limits } from '../../shared/limits';
import { findQuestion } from '../../shared/question/questions';
import { joinAsFacilitator, Mirror, newId } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';

const ids = (m: Mirror, itemId: string) =>
  [...m.state!.questions.questions].filter((q) => q.itemId === itemId).sort((a, b) => b.votes - a.votes).map((q) => q.id);

describe('questions to the speaker over real sockets', () => {
  it('shows a question to the other phones and the projector, and upvotes reorder it everywhere', async ({ server }) => {
    const { facilitator, projector, phones, talk } = await talkRoom(server, 3);
    const [anna, bo, carl] = phones as [Phone, Phone, Phone];
    const first = newId();
    const second = newId();
    expect(await anna.socket.emitWithAck('question:ask', { id: first, itemId: talk.id, text: 'Hvordan måler I effekten?' })).toMatchObject({ ok: true });
    expect(await bo.socket.emitWithAck('question:ask', { id: second, itemId: talk.id, text: 'Hvem betaler?' })).toMatchObject({ ok: true });
    expect(await anna.socket.emitWithAck('question:upvote', { questionId: second })).toMatchObject({ ok: true });
    expect(await carl.socket.emitWithAck('question:upvote', { questionId: second })).toMatchObject({ ok: true });
    for (const m of [facilitator, projector, anna, bo, carl]) await m.until((x) => findQuestion(x.state!.questions, second)?.votes === 2);
    for (const m of [facilitator, projector, carl]) expect(ids(m, talk.id)).toEqual([second, first]);
  });

  it('counts one upvote, also sent at once from two sockets of the same participant, and acknowledges the repeats', async ({ server }) => {
    const { created, phones, talk } = await talkRoom(server);
    const [anna, bo] = phones as [Phone, Phone];
    const questionId = newId();
    await bo.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: 'Et spørgsmål' });
    const second = new Mirror(server.connect());
    await second.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials });
    const acks = await Promise.all([anna, second, anna].map((m) => m.socket.emitWithAck('question:upvote', { questionId })));
    expect(acks.filter((a) => a.ok)).toHaveLength(3);
    expect(findQuestion(server.server.hub.state(created.sessionId)!.questions, questionId)!.votes).toBe(1);
    expect(await anna.socket.emitWithAck('question:unvote', { questionId })).toMatchObject({ ok: true });
    expect(await anna.socket.emitWithAck('question:unvote', { questionId })).toMatchObject({ ok: true });
    expect(findQuestion(server.server.hub.state(created.sessionId)!.questions, questionId)!.votes).toBe(0);
  });

  it('refuses moderation and settings from a participant and the projector, and nothing is stored', async ({ server }) => {
    const { created, projector, phones, talk } = await talkRoom(server);
    const [anna, bo] = phones as [Phone, Phone];
    const questionId = newId();
    await bo.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: 'Et spørgsmål' });
    const seq = server.server.hub.state(created.sessionId)!.seq;
    for (const socket of [anna.socket, projector.socket]) {
      expect(await socket.emitWithAck('question:moderate', { questionId, hidden: true, highlighted: true })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await socket.emitWithAck('question:settings', { requireApproval: true })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await socket.emitWithAck('question:enable', { itemId: talk.id, enabled: false })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await projector.socket.emitWithAck('question:ask', { id: newId(), itemId: talk.id, text: 'x' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(server.server.hub.state(created.sessionId)!.seq).toBe(seq);
  });

  it('lets the facilitator require approval, approve, mark answered and highlight: the projector follows', async ({ server }) => {
    const { facilitator, projector, phones, talk } = await talkRoom(server);
    const [anna, bo] = phones as [Phone, Phone];
    expect(await facilitator.socket.emitWithAck('question:settings', { requireApproval: true })).toMatchObject({ ok: true });
    const questionId = newId();
    await anna.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: 'Venter på godkendelse' });
    await facilitator.until((m) => findQuestion(m.state!.questions, questionId)?.approved === false);
    expect(await bo.socket.emitWithAck('question:upvote', { questionId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await facilitator.socket.emitWithAck('question:moderate', { questionId, approved: true, highlighted: true })).toMatchObject({ ok: true });
    await projector.until((m) => m.state!.questions.highlightedId === questionId);
    expect(await facilitator.socket.emitWithAck('question:moderate', { questionId, answered: true, highlighted: false })).toMatchObject({ ok: true });
    await projector.until((m) => m.state!.questions.highlightedId === null && findQuestion(m.state!.questions, questionId)!.answered);
  });

  it(`stops a participant at ${limits.questionsPerParticipantPerItem} questions per talk`, async ({ server }) => {
    const { phones, talk } = await talkRoom(server, 1);
    const [anna] = phones as [Phone];
    for (let i = 0; i < limits.questionsPerParticipantPerItem; i++) {
      expect(await anna.socket.emitWithAck('question:ask', { id: newId(), itemId: talk.id, text: `Spørgsmål ${i}` })).toMatchObject({ ok: true });
    }
    expect(await anna.socket.emitWithAck('question:ask', { id: newId(), itemId: talk.id, text: 'Et til' })).toMatchObject({ ok: false, code: 'limit_reached' });
  });

  it.for([
    ['empty text', { text: '  ' }, 'invalid_payload'],
    ['too long a text', { text: 'æ'.repeat(limits.questionText + 1) }, 'too_large'],
    ['an id of "__proto__"', { id: '__proto__', itemId: '__proto__' }, 'not_found'],
    ['a number for text', { text: 42 }, 'invalid_payload'],
    ['an extra field', { authorId: 'someone-else' }, 'invalid_payload'],
  ] as const)('answers a question with %s by %s and stores nothing', async ([_label, change, code], { server }) => {
    const { created, phones, talk } = await talkRoom(server, 1);
    const seq = server.server.hub.state(created.sessionId)!.seq;
    const ack = await phones[0]!.socket.emitWithAck('question:ask', { id: newId(), itemId: talk.id, text: 'Hej', ...change } as never);
    expect(ack).toMatchObject({ ok: false, code });
    expect(server.server.hub.state(created.sessionId)!.seq).toBe(seq);
  });

  it('keeps an acknowledged question and its votes across a restart', async ({ server: first, startServer }) => {
    const { created, phones, talk } = await talkRoom(first);
    const questionId = newId();
    await phones[0]!.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: 'Overlever jeg?' });
    expect(await phones[1]!.socket.emitWithAck('question:upvote', { questionId })).toMatchObject({ ok: true });
    await first.close();
    const server = await startServer({ dataDir: first.dataDir });
    const fresh = await joinAsFacilitator(server, created);
    expect(findQuestion(fresh.state!.questions, questionId)).toMatchObject({ text: 'Overlever jeg?', votes: 1 });
  });
});
