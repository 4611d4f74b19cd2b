// Questions and polls under the role projection: no phone and no projector receives another participant's id,
// and "Glem mig" takes a participant's id off their questions, upvotes and answers while the counts stay.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { findPoll } from '../../shared/poll/polls';
import { findQuestion } from '../../shared/question/questions';
import { facilitatorRecorder, phoneRecorder, projectorRecorder, Recorder } from '../kit/recorder';
import { joinAsFacilitator, newId, type TestServer, type TestSocket } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';
import { fetchExport } from '../kit/workshops';

/** Every message a socket receives from now on, as text. */
function recorder(socket: TestSocket): () => string {
  const seen: string[] = [];
  socket.onAny((_name: string, ...args: unknown[]) => seen.push(JSON.stringify(args)));
  return () => seen.join('\n');
}

async function talkWithAnswers(server: TestServer) {
  const room = await talkRoom(server, 3);
  const [anna, bo, carl] = room.phones as [Phone, Phone, Phone];
  const heard = { anna: recorder(anna.socket), projector: recorder(room.projector.socket) };
  const ok = async (p: Promise<{ ok: boolean }>) => expect((await p).ok).toBe(true);
  const questionId = newId();
  const pollId = newId();
  await ok(bo.socket.emitWithAck('question:ask', { id: questionId, itemId: room.talk.id, text: 'Bos spørgsmål' }));
  await ok(carl.socket.emitWithAck('question:upvote', { questionId }));
  await ok(anna.socket.emitWithAck('question:upvote', { questionId }));
  await ok(room.facilitator.socket.emitWithAck('poll:create', { id: pollId, kind: 'words', question: 'Hvem?' }));
  await ok(room.facilitator.socket.emitWithAck('poll:open', { id: pollId }));
  await ok(bo.socket.emitWithAck('poll:answer', { pollId, words: ['Museum'] }));
  await ok(carl.socket.emitWithAck('poll:answer', { pollId, words: ['Museum', 'Skole'] }));
  await ok(anna.socket.emitWithAck('poll:answer', { pollId, words: ['Skole'] }));
  await room.projector.until((m) => findPoll(m.state!.polls, pollId)?.tally.respondents === 3);
  await anna.until((m) => findPoll(m.state!.polls, pollId)?.tally.respondents === 3);
  return { ...room, anna, bo, carl, heard, questionId, pollId };
}

describe('questions and polls under the role projection', () => {
  it("never sends a phone or the projector another participant's id, yet every count arrives", async ({ server }) => {
    const { anna, bo, carl, heard, questionId, pollId, created } = await talkWithAnswers(server);
    const others = [bo.credentials.participantId, carl.credentials.participantId];
    for (const id of others) expect(heard.anna()).not.toContain(id);
    for (const id of [...others, anna.credentials.participantId]) expect(heard.projector()).not.toContain(id);
    // Anna knows the counts and her own upvote and answer, nothing of the others'.
    expect(findQuestion(anna.state!.questions, questionId)).toMatchObject({ votes: 2, authorId: null, voters: [anna.credentials.participantId] });
    expect(Object.keys(findPoll(anna.state!.polls, pollId)!.answers)).toEqual([anna.credentials.participantId]);
    // A phone joining now gets the same from its snapshot.
    const late = await joinAsFacilitator(server, created);
    expect(findQuestion(late.state!.questions, questionId)!.voters).toHaveLength(2);
    const text = JSON.stringify(anna.state);
    for (const id of others) expect(text).not.toContain(id);
  });

  it('"Glem mig" takes the id off questions, upvotes and answers; the counts and the word cloud stay', async ({ server, startServer }) => {
    const { created, facilitator, bo, questionId, pollId } = await talkWithAnswers(server);
    const boId = bo.credentials.participantId;
    expect((await bo.socket.emitWithAck('participant:forget', {})).ok).toBe(true);
    await facilitator.until((m) => !Object.hasOwn(m.state!.participants, boId));
    for (const state of [facilitator.state!, (await joinAsFacilitator(server, created)).state!]) {
      expect(JSON.stringify({ q: state.questions, p: state.polls })).not.toContain(boId);
      expect(findQuestion(state.questions, questionId)!.votes).toBe(2);
      expect(findPoll(state.polls, pollId)!.tally.respondents).toBe(3);
    }
    const exported = await (await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.json?identified=1`)).text();
    expect(exported).not.toContain(boId);
    // The stored log was scrubbed too: a restarted server replays the same counts without the id.
    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    const replayed = (await joinAsFacilitator(restarted, created)).state!;
    expect(JSON.stringify(replayed)).not.toContain(boId);
    expect(replayed.questions).toEqual(facilitator.state!.questions);
    expect(replayed.polls).toEqual(facilitator.state!.polls);
  });
});

/**
 * A talk seen raw by a phone from the start, the same phone coming back with its seq (a catch-up), a phone that
 * joins late (a snapshot), the projector and the facilitator: approval on, a waiting, a hidden and an approved
 * question, upvotes, and a poll that holds its results back until it closes.
 */
async function rawTalk(server: TestServer) {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const facilitatorRaw = await facilitatorRecorder(server, created);
  const projector = await projectorRecorder(server, created);
  const anna = await phoneRecorder(server, created, 'Anna');
  const [bo, carl, dan] = [await phoneRecorder(server, created, 'Bo'), await phoneRecorder(server, created, 'Carl'), await phoneRecorder(server, created, 'Dan')];
  const f = facilitator.socket;
  const ok = async (p: Promise<{ ok: boolean }>) => expect((await p).ok).toBe(true);
  const talk = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!;
  await ok(f.emitWithAck('agenda:goto', { id: talk.id }));
  await ok(f.emitWithAck('question:settings', { requireApproval: true }));
  const [bos, carls, dans, pollId] = [newId(), newId(), newId(), newId()];
  await ok(bo.socket.emitWithAck('question:ask', { id: bos, itemId: talk.id, text: 'Bos godkendte spørgsmål' }));
  await ok(carl.socket.emitWithAck('question:ask', { id: carls, itemId: talk.id, text: 'Carls skjulte spørgsmål' }));
  await ok(dan.socket.emitWithAck('question:ask', { id: dans, itemId: talk.id, text: 'Dans ventende spørgsmål' }));
  await ok(f.emitWithAck('question:moderate', { questionId: bos, approved: true }));
  await ok(f.emitWithAck('question:moderate', { questionId: carls, approved: true }));
  await anna.until((m) => findQuestion(m.state!.questions, carls) !== undefined);
  await ok(f.emitWithAck('question:moderate', { questionId: carls, hidden: true }));
  await ok(carl.socket.emitWithAck('question:upvote', { questionId: bos }));
  await ok(anna.socket.emitWithAck('question:upvote', { questionId: bos }));
  await ok(f.emitWithAck('question:moderate', { questionId: bos, highlighted: true, answered: true }));
  await ok(f.emitWithAck('poll:create', { id: pollId, kind: 'words', question: 'Hvem?', resultsLive: false }));
  await ok(f.emitWithAck('poll:open', { id: pollId }));
  await ok(bo.socket.emitWithAck('poll:answer', { pollId, words: ['Bosord'] }));
  await ok(carl.socket.emitWithAck('poll:answer', { pollId, words: ['Carlsord'] }));
  await ok(carl.socket.emitWithAck('poll:answer', { pollId, words: ['Carlsord', 'Andetord'] }));
  await ok(anna.socket.emitWithAck('poll:answer', { pollId, words: ['Annasord'] }));
  await anna.until((m) => findPoll(m.state!.polls, pollId)?.tally.respondents === 3);
  await projector.until((m) => findPoll(m.state!.polls, pollId)?.tally.respondents === 3);
  // Anna comes back holding her seq (a catch-up); Eva joins now (a snapshot); both while the poll still runs.
  const annaAgain = new Recorder(server.connect());
  annaAgain.state = anna.state;
  await annaAgain.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials });
  const eva = await phoneRecorder(server, created, 'Eva');
  const whileOpen = { anna: anna.text(), annaAgain: annaAgain.text(), eva: eva.text(), projector: projector.text() };
  await ok(f.emitWithAck('poll:close', { id: pollId }));
  await anna.until((m) => findPoll(m.state!.polls, pollId)?.status === 'closed');
  await projector.until((m) => findPoll(m.state!.polls, pollId)?.status === 'closed');
  await facilitatorRaw.until((m) => findPoll(m.state!.polls, pollId)?.status === 'closed');
  return { anna, annaAgain, eva, bo, carl, dan, projector, facilitatorRaw, whileOpen, pollId, bos };
}

describe('the raw stream of questions and polls', () => {
  it("never carries another participant's id, a waiting or hidden question, or results held back, to a phone or the projector", async ({ server }) => {
    const { anna, annaAgain, eva, bo, carl, dan, projector, whileOpen, pollId, bos } = await rawTalk(server);
    const others = [bo.id, carl.id, dan.id];
    for (const [wire, secrets] of [
      [anna.text(), others],
      [annaAgain.text(), others],
      [eva.text(), [...others, anna.id]],
      [projector.text(), [...others, anna.id]],
    ] as const) {
      for (const secret of [...secrets, 'Dans ventende spørgsmål']) expect(wire).not.toContain(secret);
    }
    // The hidden question left the screens that had it and never reached those that came later.
    for (const wire of [annaAgain.text(), eva.text()]) expect(wire).not.toContain('Carls skjulte spørgsmål');
    const hiding = anna.raw.findIndex((m) => m.includes('"hidden":true'));
    expect(anna.raw.slice(hiding).join('\n')).not.toContain('Carls skjulte spørgsmål');
    // The others' answers are held back until the poll closes, on every screen but the facilitator's.
    for (const wire of Object.values(whileOpen)) for (const word of ['Bosord', 'Carlsord', 'Andetord']) expect(wire).not.toContain(word);
    expect(whileOpen.projector).not.toContain('Annasord');
    expect(findPoll(anna.state!.polls, pollId)!.tally.words.map((w) => w.label).sort()).toEqual(['Andetord', 'Annasord', 'Bosord', 'Carlsord']);
    expect(findPoll(projector.state!.polls, pollId)!.tally.respondents).toBe(3);
    // The counts arrive: two upvotes, the question answered and on the projector; her own upvote is hers.
    expect(findQuestion(anna.state!.questions, bos)).toMatchObject({ votes: 2, answered: true, authorId: null, voters: [anna.id] });
    expect(anna.state!.questions.highlightedId).toBe(bos);
    expect(anna.gaps + annaAgain.gaps + eva.gaps + projector.gaps).toBe(0);
  });

  it('carries every id, waiting and hidden question and every answer to the facilitator', async ({ server }) => {
    const { facilitatorRaw, anna, bo, carl, dan } = await rawTalk(server);
    const wire = facilitatorRaw.text();
    for (const fact of [anna.id, bo.id, carl.id, dan.id, 'Dans ventende spørgsmål', 'Carls skjulte spørgsmål', 'Bosord', '"question:upvoted"', '"poll:answered"']) {
      expect(wire).toContain(fact);
    }
  });
});
