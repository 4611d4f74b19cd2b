import { describe, expect, it } from 'vitest';
import { evolveAll } from '../../shared/evolve';
import { limits } from '../../shared/limits';
import { findQuestion, questionStatus, questionsOfItem, sortQuestions, topQuestions } from '../../shared/question/questions';
import type { Question } from '../../shared/question/types';
import type { Actor } from '../../shared/state';
import { anna, apply, bo, decide, facilitator, NOW, projector, sessionWith } from '../kit/domain';

const WELCOME = 'item-000001';
const TALK = 'item-000002';
const LATER_TALK = 'item-000003';
const carl: Actor = { role: 'participant', participantId: 'carl-00001' };

const asked = (by: Actor = anna, id = 'q-00000001', itemId = TALK, state = sessionWith([{ type: 'participant:joined', participantId: 'carl-00001', name: 'Carl' }])) =>
  apply(state, by, 'question:ask', { id, itemId, text: '  Hvordan kom I i gang?  ' });
const question = (state: ReturnType<typeof asked>, id = 'q-00000001') => findQuestion(state.questions, id)!;

describe('asking questions', () => {
  it('stores a question to a talk, trimmed, by its author, open at once', () => {
    expect(question(asked())).toMatchObject({ itemId: TALK, text: 'Hvordan kom I i gang?', authorId: 'anna-00001', approved: true, votes: 0, voters: [] });
    expect(questionStatus(question(asked()))).toBe('open');
  });

  it('treats a retried ask with the same id by the same author as the same question', () => {
    expect(decide(asked(), anna, 'question:ask', { id: 'q-00000001', itemId: TALK, text: 'igen' })).toEqual({ events: [] });
  });

  it.each<[string, Actor, Record<string, unknown>, string]>([
    ['an id another participant used', bo, { id: 'q-00000001' }, 'conflict'],
    ['an item that does not take questions (the welcome)', bo, { itemId: WELCOME }, 'wrong_phase'],
    ['an unknown item', bo, { itemId: 'no-such-item' }, 'not_found'],
    ['empty text', bo, { text: '   ' }, 'invalid_payload'],
    ['text over 300 characters', bo, { text: 'ø'.repeat(limits.questionText + 1) }, 'too_large'],
    ['an unknown field', bo, { name: 'Bo' }, 'invalid_payload'],
    ['the projector', projector, {}, 'forbidden'],
  ])('refuses %s', (_label, actor, change, code) => {
    expect(decide(asked(), actor, 'question:ask', { id: 'q-00000002', itemId: TALK, text: 'Et spørgsmål', ...change } as never)).toEqual({ error: code });
  });

  it('lets the facilitator open any item for questions and close a talk', () => {
    const opened = apply(asked(), facilitator, 'question:enable', { itemId: WELCOME, enabled: true });
    expect(decide(opened, bo, 'question:ask', { id: 'q-00000002', itemId: WELCOME, text: 'Hej' })).toMatchObject({ events: [{ type: 'question:asked' }] });
    const closed = apply(asked(), facilitator, 'question:enable', { itemId: TALK, enabled: false });
    expect(decide(closed, bo, 'question:ask', { id: 'q-00000002', itemId: TALK, text: 'Hej' })).toEqual({ error: 'wrong_phase' });
    expect(decide(closed, bo, 'question:upvote', { questionId: 'q-00000001' })).toEqual({ error: 'wrong_phase' });
    // Earlier questions stay readable.
    expect(questionsOfItem(closed.questions, TALK, bo)).toHaveLength(1);
  });

  it(`stops a participant at ${limits.questionsPerParticipantPerItem} questions per talk, not at the next talk`, () => {
    let state = sessionWith();
    for (let i = 0; i < limits.questionsPerParticipantPerItem; i++) state = asked(anna, `q-0000000${i}`, TALK, state);
    expect(decide(state, anna, 'question:ask', { id: 'q-00000099', itemId: TALK, text: 'En til' })).toEqual({ error: 'limit_reached' });
    expect(decide(state, bo, 'question:ask', { id: 'q-00000099', itemId: TALK, text: 'En til' })).toMatchObject({ events: [{}] });
    expect(decide(state, anna, 'question:ask', { id: 'q-00000099', itemId: LATER_TALK, text: 'En til' })).toMatchObject({ events: [{}] });
  });
});

describe('upvotes', () => {
  it('counts one upvote per participant and takes it back; the same sent again changes nothing', () => {
    const up = apply(apply(asked(), bo, 'question:upvote', { questionId: 'q-00000001' }), carl, 'question:upvote', { questionId: 'q-00000001' });
    expect(question(up)).toMatchObject({ votes: 2, voters: ['bo-0000001', 'carl-00001'] });
    expect(decide(up, bo, 'question:upvote', { questionId: 'q-00000001' })).toEqual({ events: [] });
    const down = apply(up, bo, 'question:unvote', { questionId: 'q-00000001' });
    expect(question(down)).toMatchObject({ votes: 1, voters: ['carl-00001'] });
    expect(decide(down, bo, 'question:unvote', { questionId: 'q-00000001' })).toEqual({ events: [] });
  });

  it.each<[string, Actor, string]>([
    ['the author on their own question', anna, 'forbidden'],
    ['the facilitator', facilitator, 'forbidden'],
    ['the projector', projector, 'forbidden'],
  ])('refuses an upvote by %s', (_label, actor, code) => {
    expect(decide(asked(), actor, 'question:upvote', { questionId: 'q-00000001' })).toEqual({ error: code });
  });

  it('folds an upvote that does not say who voted (as other phones receive it) into the count only', () => {
    const state = asked();
    const folded = evolveAll(state, [{ seq: state.seq + 1, at: NOW, actor: 'bo-0000001', event: { type: 'question:upvoted', questionId: 'q-00000001' } }]);
    expect(question(folded)).toMatchObject({ votes: 1, voters: [] });
    const back = evolveAll(folded, [{ seq: folded.seq + 1, at: NOW, actor: 'bo-0000001', event: { type: 'question:unvoted', questionId: 'q-00000001' } }]);
    expect(question(back)).toMatchObject({ votes: 0, voters: [] });
  });

  it('sorts by votes, then newest, and by newest on its own', () => {
    const q = (id: string, votes: number, createdAt: number) => ({ id, votes, createdAt }) as Question;
    const list = [q('a-0000001', 1, 1), q('b-0000001', 3, 2), q('c-0000001', 1, 3)];
    expect(sortQuestions(list, 'votes').map((x) => x.id)).toEqual(['b-0000001', 'c-0000001', 'a-0000001']);
    expect(sortQuestions(list, 'newest').map((x) => x.id)).toEqual(['c-0000001', 'b-0000001', 'a-0000001']);
  });
});

describe('moderation', () => {
  const approval = () => apply(sessionWith(), facilitator, 'question:settings', { requireApproval: true });

  it('holds a question for approval: only the facilitator and its author see it until it is approved', () => {
    const state = asked(anna, 'q-00000001', TALK, approval());
    expect(questionStatus(question(state))).toBe('pending');
    expect(questionsOfItem(state.questions, TALK, anna)).toHaveLength(1);
    expect(questionsOfItem(state.questions, TALK, bo)).toHaveLength(0);
    expect(questionsOfItem(state.questions, TALK, facilitator)).toHaveLength(1);
    expect(decide(state, bo, 'question:upvote', { questionId: 'q-00000001' })).toEqual({ error: 'not_found' });
    const approved = apply(state, facilitator, 'question:moderate', { questionId: 'q-00000001', approved: true });
    expect(questionsOfItem(approved.questions, TALK, bo)).toHaveLength(1);
  });

  it.each<[string, Record<string, boolean>, string]>([
    ['answered', { answered: true }, 'answered'],
    ['hidden', { hidden: true }, 'hidden'],
    ['hidden and answered', { hidden: true, answered: true }, 'hidden'],
    ['unapproved', { approved: false }, 'pending'],
  ])('marks a question %s', (_label, flags, status) => {
    expect(questionStatus(question(apply(asked(), facilitator, 'question:moderate', { questionId: 'q-00000001', ...flags })))).toBe(status);
  });

  it('puts one question on the projector at a time and takes it off when hidden', () => {
    let state = asked(bo, 'q-00000002', TALK, asked());
    state = apply(state, facilitator, 'question:moderate', { questionId: 'q-00000001', highlighted: true });
    expect(state.questions.highlightedId).toBe('q-00000001');
    state = apply(state, facilitator, 'question:moderate', { questionId: 'q-00000002', highlighted: true });
    expect(state.questions.highlightedId).toBe('q-00000002');
    state = apply(state, facilitator, 'question:moderate', { questionId: 'q-00000002', hidden: true });
    expect(state.questions.highlightedId).toBeNull();
    expect(decide(state, facilitator, 'question:moderate', { questionId: 'q-00000002', highlighted: true })).toEqual({ error: 'wrong_phase' });
  });

  it.each<[string, Actor]>([
    ['a participant', anna],
    ['the projector', projector],
  ])('refuses moderation, approval settings and opening items by %s', (_label, actor) => {
    expect(decide(asked(), actor, 'question:moderate', { questionId: 'q-00000001', hidden: true })).toEqual({ error: 'forbidden' });
    expect(decide(asked(), actor, 'question:settings', { requireApproval: true })).toEqual({ error: 'forbidden' });
    expect(decide(asked(), actor, 'question:enable', { itemId: WELCOME, enabled: true })).toEqual({ error: 'forbidden' });
  });

  it('refuses a moderation that names no change', () => {
    expect(decide(asked(), facilitator, 'question:moderate', { questionId: 'q-00000001' })).toEqual({ error: 'invalid_payload' });
  });

  it('lists the top open questions of a talk for the projector, answered and hidden ones left out', () => {
    let state = asked(bo, 'q-00000002', TALK, asked(anna, 'q-00000001'));
    state = asked(bo, 'q-00000003', TALK, state);
    state = apply(state, carl, 'question:upvote', { questionId: 'q-00000002' });
    state = apply(state, facilitator, 'question:moderate', { questionId: 'q-00000003', answered: true });
    expect(topQuestions(state.questions, TALK, 5).map((q) => q.id)).toEqual(['q-00000002', 'q-00000001']);
    expect(topQuestions(state.questions, TALK, 1).map((q) => q.id)).toEqual(['q-00000002']);
  });
});

it('starts a session with no questions', () => {
  expect(sessionWith().questions).toEqual({ questions: [], requireApproval: false, enabled: {}, highlightedId: null });
});
