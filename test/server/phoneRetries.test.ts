// Every command a phone keeps in its outbox may reach the server twice: the first one stored, its answer lost on the
// way back, then the same command sent again. Each must be acknowledged both times and stored once.
import { describe, expect } from 'vitest';
import type { CommandName, CommandPayload } from '../../shared/contract';
import { it } from '../kit/server';
import { newId } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';

type Step = { [K in CommandName]: [K, CommandPayload<K>] }[CommandName];

async function twice(phone: Phone, [name, payload]: Step) {
  const emit = phone.socket.emitWithAck.bind(phone.socket) as (n: string, p: unknown) => Promise<{ ok: boolean }>;
  expect(await emit(name, payload), `${name} the first time`).toMatchObject({ ok: true });
  expect(await emit(name, payload), `${name} sent again`).toMatchObject({ ok: true });
}

describe('a phone command sent again after its answer was lost', () => {
  it('is acknowledged and stored once, for every command a phone sends', async ({ server }) => {
    const { created, facilitator, phones, talk } = await talkRoom(server, 2);
    const [anna, bo] = phones as [Phone, Phone];
    const f = (name: string, payload: unknown) => (facilitator.socket.emitWithAck as (n: string, p: unknown) => Promise<{ ok: boolean }>)(name, payload);
    expect(await f('board:settings', { allowStacking: true, dotsPerParticipant: 3 })).toMatchObject({ ok: true });
    expect(await f('board:phase', { phase: 'collecting' })).toMatchObject({ ok: true });
    const pollId = newId();
    expect(await f('poll:create', { id: pollId, kind: 'single', question: 'Hvad vejer tungest?', options: ['Tid', 'Penge'] })).toMatchObject({ ok: true });
    expect(await f('poll:open', { id: pollId })).toMatchObject({ ok: true });
    const [kept, gone, bos, question, annasQuestion] = [newId(), newId(), newId(), newId(), newId()];
    expect(await bo.socket.emitWithAck('idea:add', { id: bos, sector: 'civil', text: 'Bos idé' })).toMatchObject({ ok: true });
    expect(await bo.socket.emitWithAck('question:ask', { id: question, itemId: talk.id, text: 'Bos spørgsmål' })).toMatchObject({ ok: true });

    const collecting: Step[] = [
      ['idea:add', { id: kept, sector: 'market', text: 'Kaffebar' }],
      ['idea:add', { id: gone, sector: 'market', text: 'Fejl' }],
      ['idea:edit', { id: kept, baseVersion: 1, text: 'Kaffebar med bagere' }],
      ['idea:delete', { id: gone }],
      ['poll:answer', { pollId, choices: [0] }],
      ['poll:answer', { pollId, choices: [1] }],
      ['question:ask', { id: annasQuestion, itemId: talk.id, text: 'Annas spørgsmål' }],
      ['question:upvote', { questionId: question }],
      ['participant:rename', { name: 'Anna B.' }],
    ];
    for (const step of collecting) await twice(anna, step);
    expect(await f('board:phase', { phase: 'voting' })).toMatchObject({ ok: true });
    const voting: Step[] = [
      ['vote:cast', { ideaId: kept, dots: 1 }],
      ['vote:cast', { ideaId: kept, dots: 2 }],
      ['vote:cast', { ideaId: bos, dots: 1 }],
      ['vote:retract', { ideaId: kept, dots: 1 }],
      ['question:unvote', { questionId: question }],
    ];
    for (const step of voting) await twice(anna, step);

    const annas = (await server.store.events(created.sessionId, 0)).filter((e) => e.actor === anna.credentials.participantId).map((e) => e.event.type);
    expect(annas.filter((t) => t !== 'participant:joined')).toEqual([
      'idea:added',
      'idea:added',
      'idea:edited',
      'idea:deleted',
      'poll:answered',
      'poll:answered',
      'question:asked',
      'question:upvoted',
      'participant:renamed',
      'vote:cast',
      'vote:cast',
      'vote:cast',
      'vote:retracted',
      'question:unvoted',
    ]);
    await facilitator.until((m) => m.state!.board.ideas.find((i) => i.id === kept)?.votes[anna.credentials.participantId] === 1);
  });
});
