// A workshop in the middle of its day over real sockets, with something in every part of the state: participants
// with names, ideas with authors and dots, a group, a hidden and a merged idea (an undo step), a run programme,
// questions with upvotes and an open poll with answers. The board is open for votes, so more phones can take part.
import { expect } from 'vitest';
import type { TestServer } from './testServer';
import { joinAsFacilitator, joinAsParticipant } from './testServer';
import { newId } from './mirror';

type Ack = Promise<{ ok: boolean } & ({ ok: true } | { ok: false; code: string })>;

export async function ok(promise: Ack): Promise<void> {
  const ack = await promise;
  expect(ack.ok ? 'ok' : ack.code).toBe('ok');
}

export async function fullDay(server: TestServer, date = '2026-05-04') {
  const created = await server.createSession({ date });
  const facilitator = await joinAsFacilitator(server, created);
  const anna = await joinAsParticipant(server, created, 'Anna Ærø');
  const bo = await joinAsParticipant(server, created, 'Bo');
  const f = facilitator.socket;
  const talk = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!;
  const ids = { top: newId(), second: newId(), merged: newId(), hidden: newId(), group: newId(), question: newId(), poll: newId(), talk: talk.id };

  await ok(f.emitWithAck('agenda:start', {}));
  await ok(f.emitWithAck('agenda:goto', { id: talk.id }));
  await ok(f.emitWithAck('board:phase', { phase: 'collecting' }));
  await ok(anna.socket.emitWithAck('idea:add', { id: ids.top, sector: 'public', text: 'Lektiecafé', partner: 'Jobcentret', gains: ['users'] }));
  await ok(bo.socket.emitWithAck('idea:add', { id: ids.second, sector: 'market', text: 'Kaffebar' }));
  await ok(bo.socket.emitWithAck('idea:add', { id: ids.merged, sector: 'market', text: 'Kaffebar igen' }));
  await ok(anna.socket.emitWithAck('idea:add', { id: ids.hidden, sector: 'civil', text: 'Skjult idé' }));
  await ok(f.emitWithAck('idea:hide', { id: ids.hidden, hidden: true }));
  await ok(f.emitWithAck('group:create', { id: ids.group, sector: 'public', title: 'Job & læring' }));
  await ok(f.emitWithAck('idea:group', { id: ids.top, groupId: ids.group }));
  await ok(f.emitWithAck('board:phase', { phase: 'voting' }));
  await ok(anna.socket.emitWithAck('vote:cast', { ideaId: ids.merged }));
  await ok(bo.socket.emitWithAck('vote:cast', { ideaId: ids.top }));
  await ok(f.emitWithAck('idea:merge', { sourceId: ids.merged, targetId: ids.second }));
  await ok(anna.socket.emitWithAck('participant:rename', { name: 'Anna Å.' }));
  await ok(bo.socket.emitWithAck('question:ask', { id: ids.question, itemId: talk.id, text: 'Hvem betaler?' }));
  await ok(anna.socket.emitWithAck('question:upvote', { questionId: ids.question }));
  await ok(f.emitWithAck('poll:create', { id: ids.poll, kind: 'single', question: 'Hvilken sektor?', options: ['Offentlig', 'Marked', 'Civil'] }));
  await ok(f.emitWithAck('poll:open', { id: ids.poll }));
  await ok(anna.socket.emitWithAck('poll:answer', { pollId: ids.poll, choices: [1] }));
  await ok(bo.socket.emitWithAck('poll:answer', { pollId: ids.poll, choices: [2] }));
  await facilitator.until((m) => m.state!.polls.polls.some((p) => p.id === ids.poll && p.tally.respondents === 2));
  return { created, facilitator, anna, bo, ids };
}
