// A question merge taken back from the console: both questions return with their own upvotes on every screen,
// upvotes given or taken back since are kept, and only the facilitator may take it back, once.
import { describe, expect } from 'vitest';
import { it, type Phone } from '../kit/server';
import { projectState } from '../../shared/projection/state';
import type { SessionState } from '../../shared/state';
import { type Mirror, newId } from '../kit/testServer';

const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);
const lastMerge = (state: SessionState | undefined) => state!.undo!.filter((e) => e.kind === 'questionMerge').at(-1)!.seq;
const questionsAs = (state: SessionState, phone: Phone) =>
  projectState(state, { role: 'participant', participantId: phone.credentials.participantId }).questions.questions;
const byId = (state: SessionState | undefined, id: string) => state!.questions.questions.find((q) => q.id === id);

/**
 * Anna asks q1 and Bo q2, alike; Cy upvotes both, Bo upvotes Anna's and Anna Bo's. Merged, Anna's upvote of q2 does
 * not count on her own question and Cy's counts once.
 */
async function twoQuestions(facilitator: Mirror, anna: Phone, bo: Phone, cy: Phone) {
  const itemId = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!.id;
  const q1 = newId();
  const q2 = newId();
  await ok(anna.socket.emitWithAck('question:ask', { id: q1, itemId, text: 'Hvordan finansierer I partnerskaberne?' }));
  await ok(bo.socket.emitWithAck('question:ask', { id: q2, itemId, text: 'Hvordan blev partnerskabet finansieret?' }));
  await ok(cy.socket.emitWithAck('question:upvote', { questionId: q1 }));
  await ok(cy.socket.emitWithAck('question:upvote', { questionId: q2 }));
  await ok(bo.socket.emitWithAck('question:upvote', { questionId: q1 }));
  await ok(anna.socket.emitWithAck('question:upvote', { questionId: q2 }));
  await facilitator.until((m) => byId(m.state, q1)?.votes === 2 && byId(m.state, q2)?.votes === 2);
  return { itemId, q1, q2 };
}

async function merged(facilitator: Mirror, phones: Phone[], q1: string, q2: string) {
  await ok(facilitator.socket.emitWithAck('question:merge', { sourceId: q2, targetId: q1 }));
  for (const screen of [facilitator, ...phones]) await screen.until((m) => !byId(m.state, q2));
  // Cy's upvote counts once; Anna's cannot count on her own question.
  expect(byId(facilitator.state, q1)).toMatchObject({ votes: 2 });
  return lastMerge(facilitator.state);
}

describe('undoing a question merge', () => {
  it('brings both questions back with their own upvotes, exactly, on the console and on every phone', async ({ room, joinPhone }) => {
    const { facilitator, anna, bo } = room;
    const cy = await joinPhone('Cy');
    const { q1, q2 } = await twoQuestions(facilitator, anna, bo, cy);
    const before = structuredClone(facilitator.state!);
    const seq = await merged(facilitator, [anna, bo, cy], q1, q2);
    await ok(facilitator.socket.emitWithAck('history:undo', { seq }));
    for (const screen of [facilitator, anna, bo, cy]) await screen.until((m) => Boolean(byId(m.state, q2)));
    await facilitator.until((m) => m.state!.undo!.some((e) => e.seq === seq && e.undone));
    expect(facilitator.state!.questions.questions).toEqual(before.questions.questions);
    // Each phone holds them as it may see them: the counts, and itself among the voters at most.
    for (const phone of [anna, bo, cy]) {
      await phone.until((m) => byId(m.state, q1)?.votes === 2);
      expect(phone.state!.questions.questions).toEqual(questionsAs(before, phone));
    }
    expect(byId(cy.state, q2)).toMatchObject({ votes: 2, voters: [cy.credentials.participantId] });
    // A phone that joins now gets the same from its snapshot.
    const dan = await joinPhone('Dan');
    expect(dan.state!.questions.questions).toEqual(questionsAs(before, dan));
    const types = (await facilitator.socket.emitWithAck('history:undo', { seq })) as { ok: boolean; code?: string };
    expect(types).toMatchObject({ ok: false, code: 'already_undone' });
  });

  it('keeps upvotes given to the merged question since, and one taken back since is taken from both', async ({ room, joinPhone }) => {
    const { facilitator, anna, bo } = room;
    const cy = await joinPhone('Cy');
    const dan = await joinPhone('Dan');
    const { q1, q2 } = await twoQuestions(facilitator, anna, bo, cy);
    const seq = await merged(facilitator, [anna, bo, cy], q1, q2);
    await ok(dan.socket.emitWithAck('question:upvote', { questionId: q1 }));
    await ok(cy.socket.emitWithAck('question:unvote', { questionId: q1 }));
    await facilitator.until((m) => byId(m.state, q1)?.voters.includes(dan.credentials.participantId) === true && byId(m.state, q1)?.votes === 2);
    await ok(facilitator.socket.emitWithAck('history:undo', { seq }));
    await facilitator.until((m) => Boolean(byId(m.state, q2)));
    const ids = (phones: Phone[]) => phones.map((p) => p.credentials.participantId);
    expect(byId(facilitator.state, q1)).toMatchObject({ votes: 2, voters: ids([bo, dan]) });
    expect(byId(facilitator.state, q2)).toMatchObject({ votes: 1, voters: ids([anna]) });
    await dan.until((m) => byId(m.state, q2)?.votes === 1);
    expect(byId(dan.state, q1)).toMatchObject({ votes: 2, voters: ids([dan]) });
  });

  it('refuses while a newer merge touched the target, then undoes newest first; refuses once the id is asked again', async ({ room, joinPhone }) => {
    const { facilitator, anna, bo } = room;
    const cy = await joinPhone('Cy');
    const { itemId, q1, q2 } = await twoQuestions(facilitator, anna, bo, cy);
    const first = await merged(facilitator, [anna], q1, q2);
    const q3 = newId();
    await ok(cy.socket.emitWithAck('question:ask', { id: q3, itemId, text: 'Hvem betaler for partnerskaberne?' }));
    await ok(facilitator.socket.emitWithAck('question:merge', { sourceId: q1, targetId: q3 }));
    await facilitator.until((m) => !byId(m.state, q1));
    const second = lastMerge(facilitator.state);
    const stored = facilitator.state!.seq;
    expect(await facilitator.socket.emitWithAck('history:undo', { seq: first })).toMatchObject({ ok: false, code: 'changed_since' });
    await ok(facilitator.socket.emitWithAck('history:undo', { seq: second }));
    await ok(facilitator.socket.emitWithAck('history:undo', { seq: first }));
    await facilitator.until((m) => m.state!.seq > stored + 2);
    expect(byId(facilitator.state, q1)).toMatchObject({ votes: 2 });
    expect(byId(facilitator.state, q2)).toMatchObject({ votes: 2 });
    expect(byId(facilitator.state, q3)).toMatchObject({ votes: 0, voters: [] });

    // Merged again, then a phone asks a question under the source's id: the merge can no longer be taken back.
    const third = await merged(facilitator, [anna], q1, q2);
    await ok(bo.socket.emitWithAck('question:ask', { id: q2, itemId, text: 'Samme id, nyt spørgsmål' }));
    expect(await facilitator.socket.emitWithAck('history:undo', { seq: third })).toMatchObject({ ok: false, code: 'changed_since' });
  });

  it('is refused to a phone, whatever it sends', async ({ room, joinPhone }) => {
    const { facilitator, anna, bo } = room;
    const cy = await joinPhone('Cy');
    const { q1, q2 } = await twoQuestions(facilitator, anna, bo, cy);
    const seq = await merged(facilitator, [bo], q1, q2);
    const stored = facilitator.state!.seq;
    expect(await bo.socket.emitWithAck('history:undo', { seq })).toMatchObject({ ok: false, code: 'forbidden' });
    for (const payload of [{ seq: '__proto__' }, { seq: -1 }, { seq, extra: 1 }, null]) {
      const answer = await (bo.socket.emitWithAck as (e: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)('history:undo', payload);
      expect(answer.ok).toBe(false);
    }
    expect(await facilitator.socket.emitWithAck('history:undo', { seq: seq + 1000 })).toMatchObject({ ok: false, code: 'not_found' });
    await ok(facilitator.socket.emitWithAck('question:moderate', { questionId: q1, answered: true }));
    await facilitator.until((m) => m.state!.seq === stored + 1);
    expect(byId(facilitator.state, q2)).toBeUndefined();
    // The undo list is the console's: no phone is sent it.
    expect(bo.received.some((batch) => JSON.stringify(batch).includes('questionMerge'))).toBe(false);
  });
});
