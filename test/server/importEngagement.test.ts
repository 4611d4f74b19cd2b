// Questions and polls in the JSON export (schema version 2) and back in through the import; version 1 still reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionDocument } from '../../shared/export/sessionDocument';
import { type Created, joinAsFacilitator, newId, startServer, type TestServer } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';
import { fetchExport } from '../kit/workshops';

let server: TestServer;
let created: Created;
let exported: SessionDocument;
const questionText = 'Hvordan får vi "Røde Kors" med; og hvornår?';

beforeAll(async () => {
  server = await startServer();
  const room = await talkRoom(server, 2);
  created = room.created;
  const [anna, bo] = room.phones as [Phone, Phone];
  const f = room.facilitator.socket;
  const questionId = newId();
  expect((await anna.socket.emitWithAck('question:ask', { id: questionId, itemId: room.talk.id, text: questionText })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('question:upvote', { questionId })).ok).toBe(true);
  expect((await f.emitWithAck('question:moderate', { questionId, answered: true })).ok).toBe(true);
  const reasons = room.facilitator.state!.polls.polls[0]!;
  expect((await f.emitWithAck('poll:open', { id: reasons.id })).ok).toBe(true);
  expect((await anna.socket.emitWithAck('poll:answer', { pollId: reasons.id, choices: [1] })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('poll:answer', { pollId: reasons.id, choices: [1] })).ok).toBe(true);
  expect((await f.emitWithAck('poll:close', { id: reasons.id })).ok).toBe(true);
  exported = await exportJson(created, '?identified=1');
});
afterAll(async () => {
  await server.close();
});

async function exportJson(of: Created, query = ''): Promise<SessionDocument> {
  const res = await fetchExport(server.url, of.sessionId, of.facilitatorKey, `export.json${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SessionDocument;
}

async function importDoc(body: object, query = ''): Promise<Created> {
  const res = await fetch(`${server.url}/api/sessions/import${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Created;
}

describe('questions and polls in the JSON export', () => {
  it('writes schema version 2 with the questions, their voters and the polls with their answers', () => {
    expect(exported.schemaVersion).toBe(2);
    expect(exported.questions).toEqual([expect.objectContaining({ text: questionText, answered: true, voters: [expect.any(String)] })]);
    expect(exported.polls.map((p) => [p.kind, p.status, p.answers.length])).toEqual([
      ['single', 'closed', 2],
      ['words', 'draft', 0],
    ]);
  });

  it('names no one unless asked to: who asked, voted and answered is "*", the counts stay', async () => {
    const anonymous = await exportJson(created);
    expect(anonymous.questions[0]).toMatchObject({ authorId: '*', voters: ['*'] });
    expect(anonymous.polls[0]!.answers.map((a) => a.participantId)).toEqual(['*', '*']);
    const ids = exported.participants.map((p) => p.id);
    const text = JSON.stringify({ questions: anonymous.questions, polls: anonymous.polls });
    for (const id of ids) expect(text).not.toContain(id);
    const state = (await joinAsFacilitator(server, await importDoc(anonymous))).state!;
    expect(state.polls.polls[0]!.tally).toMatchObject({ respondents: 2, counts: [0, 2, 0, 0] });
  });

  it('imports them in full: the tally is counted again and the ids are new', async () => {
    const state = (await joinAsFacilitator(server, await importDoc(exported))).state!;
    const [reasons] = state.polls.polls;
    expect(reasons).toMatchObject({ status: 'closed', tally: { respondents: 2, counts: [0, 2, 0, 0] } });
    expect(reasons!.id).not.toBe(exported.polls[0]!.id);
    expect(state.questions.questions).toEqual([expect.objectContaining({ text: questionText, votes: 1, answered: true })]);
    // The question and the poll point at the imported programme's items, not the old ones.
    const items = new Set(state.agenda.items.map((i) => i.id));
    expect(items.has(state.questions.questions[0]!.itemId) && items.has(reasons!.itemId!)).toBe(true);
  });

  it('carries prepared polls, without answers, when only the programme is imported (a template)', async () => {
    const state = (await joinAsFacilitator(server, await importDoc(exported, '?mode=programme'))).state!;
    expect(state.polls.polls.map((p) => [p.question, p.status, p.tally.respondents])).toEqual([
      ['Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?', 'draft', 0],
      ['Hvilke partnere har I allerede?', 'draft', 0],
    ]);
    expect(state.questions.questions).toEqual([]);
  });

  it('still reads a version 1 document, which has no questions or polls', async () => {
    const { questions: _q, polls: _p, ...rest } = exported;
    const state = (await joinAsFacilitator(server, await importDoc({ ...rest, schemaVersion: 1 }))).state!;
    expect(state.polls.polls).toEqual([]);
    expect(state.agenda.items).toHaveLength(exported.agenda.items.length);
  });

  it.each<[string, (d: SessionDocument) => void, RegExp]>([
    ['a question on a missing item', (d) => (d.questions[0]!.itemId = 'missing-item-1'), /missing agenda item/],
    ['a voter nobody knows', (d) => d.questions[0]!.voters.push('stranger-0001'), /unknown voter/],
    ['an answer to a missing option', (d) => (d.polls[0]!.answers[0]!.choices = [7]), /missing option/],
    ['an answer of the wrong kind', (d) => Object.assign(d.polls[0]!.answers[0]!, { choices: undefined, scale: 3 }), /does not fit its kind/],
    ['two answers by one participant', (d) => d.polls[0]!.answers.push({ ...d.polls[0]!.answers[0]! }), /two answers/],
  ])('refuses %s', async (_label, change, message) => {
    const doc = structuredClone(exported);
    change(doc);
    const res = await fetch(`${server.url}/api/sessions/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid_payload', message: expect.stringMatching(message) });
  });
});
