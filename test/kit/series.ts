// Three small workshops of one series over real sockets, with figures worked out by hand in test/server/combined.test.ts.
import { expect } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, newId, type Created, type TestServer } from './testServer';

interface IdeaPlan {
  sector: 'public' | 'market' | 'civil';
  text: string;
  partner: string;
  /** Dots from the phones, by their index. */
  dotsFrom?: number[];
  hidden?: boolean;
}

export interface WorkshopPlan {
  title: string;
  date: string;
  phones: number;
  ideas: IdeaPlan[];
  /** Option index each phone picks in the template's single-choice poll; none: the poll stays a draft. */
  pollChoices?: number[];
  /** A question to the first talk, asked by phone 0 and upvoted by the others. */
  question?: string;
}

const ok = async (promise: Promise<{ ok: boolean; code?: string }>) => {
  const ack = await promise;
  expect(ack.ok, JSON.stringify(ack)).toBe(true);
};

export async function runWorkshop(server: TestServer, plan: WorkshopPlan): Promise<Created> {
  const created = await server.createSession({ title: plan.title, date: plan.date });
  const facilitator = await joinAsFacilitator(server, created);
  const f = facilitator.socket;
  const phones = [];
  for (let i = 0; i < plan.phones; i++) phones.push(await joinAsParticipant(server, created, `Deltager ${i + 1}`));
  const state = facilitator.state!;
  const poll = state.polls.polls.find((p) => p.kind === 'single')!;
  if (plan.pollChoices) {
    await ok(f.emitWithAck('poll:open', { id: poll.id }));
    for (const [i, choice] of plan.pollChoices.entries()) await ok(phones[i]!.socket.emitWithAck('poll:answer', { pollId: poll.id, choices: [choice] }));
    await ok(f.emitWithAck('poll:close', { id: poll.id }));
  }
  if (plan.question) {
    const talk = state.agenda.items.find((item) => item.kind === 'talk')!;
    await ok(f.emitWithAck('agenda:goto', { id: talk.id }));
    const questionId = newId();
    await ok(phones[0]!.socket.emitWithAck('question:ask', { id: questionId, itemId: talk.id, text: plan.question }));
    for (const phone of phones.slice(1)) await ok(phone.socket.emitWithAck('question:upvote', { questionId }));
  }
  await ok(f.emitWithAck('board:phase', { phase: 'collecting' }));
  const ids = plan.ideas.map(() => newId());
  for (const [i, idea] of plan.ideas.entries()) {
    await ok(phones[i % plan.phones]!.socket.emitWithAck('idea:add', { id: ids[i]!, sector: idea.sector, text: idea.text, partner: idea.partner }));
    if (idea.hidden) await ok(f.emitWithAck('idea:hide', { id: ids[i]!, hidden: true }));
  }
  await ok(f.emitWithAck('board:phase', { phase: 'voting' }));
  for (const [i, idea] of plan.ideas.entries()) for (const phone of idea.dotsFrom ?? []) await ok(phones[phone]!.socket.emitWithAck('vote:cast', { ideaId: ids[i]! }));
  await ok(f.emitWithAck('board:phase', { phase: 'results' }));
  return created;
}
