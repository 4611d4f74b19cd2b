// Questions and polls under the role projection: no phone and no projector receives another participant's id,
// and "Glem mig" takes a participant's id off their questions, upvotes and answers while the counts stay.
import { afterEach, describe, expect, it } from 'vitest';
import { findPoll } from '../../shared/poll/polls';
import { findQuestion } from '../../shared/question/questions';
import { joinAsFacilitator, newId, startServer, type TestServer, type TestSocket } from '../helpers/server';
import { type Phone, talkRoom } from '../helpers/talk';

let server: TestServer;
afterEach(async () => {
  await server.close();
});

/** Every message a socket receives from now on, as text. */
function recorder(socket: TestSocket): () => string {
  const seen: string[] = [];
  socket.onAny((_name: string, ...args: unknown[]) => seen.push(JSON.stringify(args)));
  return () => seen.join('\n');
}

async function talkWithAnswers() {
  server = await startServer();
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
  it("never sends a phone or the projector another participant's id, yet every count arrives", async () => {
    const { anna, bo, carl, heard, questionId, pollId, created } = await talkWithAnswers();
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

  it('"Glem mig" takes the id off questions, upvotes and answers; the counts and the word cloud stay', async () => {
    const { created, facilitator, bo, questionId, pollId } = await talkWithAnswers();
    const boId = bo.credentials.participantId;
    expect((await bo.socket.emitWithAck('participant:forget', {})).ok).toBe(true);
    await facilitator.until((m) => !Object.hasOwn(m.state!.participants, boId));
    for (const state of [facilitator.state!, (await joinAsFacilitator(server, created)).state!]) {
      expect(JSON.stringify({ q: state.questions, p: state.polls })).not.toContain(boId);
      expect(findQuestion(state.questions, questionId)!.votes).toBe(2);
      expect(findPoll(state.polls, pollId)!.tally.respondents).toBe(3);
    }
    const exported = await (await fetch(`${server.url}/api/sessions/${created.sessionId}/export.json?identified=1&key=${created.facilitatorKey}`)).text();
    expect(exported).not.toContain(boId);
    // The stored log was scrubbed too: a restarted server replays the same counts without the id.
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const replayed = (await joinAsFacilitator(server, created)).state!;
    expect(JSON.stringify(replayed)).not.toContain(boId);
    expect(replayed.questions).toEqual(facilitator.state!.questions);
    expect(replayed.polls).toEqual(facilitator.state!.polls);
  });
});
