import { describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../shared/export/consistency';
import { toDocument } from '../../shared/export/sessionDocument';
import { limits } from '../../shared/limits';
import { answerOf, canSeeResults, findPoll, openPoll, pollsOfItem } from '../../shared/poll/polls';
import type { Actor, SessionState } from '../../shared/state';
import { anna, apply, bo, decide, facilitator, projector, sessionWith } from '../kit/domain';

const TALK = 'item-000002';
const created = (kind = 'single', extra: Record<string, unknown> = {}, id = 'poll-000001') =>
  apply(sessionWith(), facilitator, 'poll:create', {
    id,
    itemId: TALK,
    kind,
    question: 'Hvad vejer tungest?',
    ...(kind === 'single' || kind === 'multiple' ? { options: ['Ressourcer', 'Netværk', 'Monokultur'] } : {}),
    ...extra,
  } as never);
const opened = (kind = 'single', extra: Record<string, unknown> = {}) => apply(created(kind, extra), facilitator, 'poll:open', { id: 'poll-000001' });
const poll = (state: SessionState, id = 'poll-000001') => findPoll(state.polls, id)!;

describe('the seminar template', () => {
  it('ships the two prepared polls of the seminar, each on its programme item', () => {
    const state = sessionWith();
    const [reasons, partners] = state.polls.polls;
    expect(reasons).toMatchObject({ kind: 'single', status: 'draft', question: 'Hvilken grund til partnerskaber vejer tungest for jeres bibliotek?' });
    expect(reasons!.options).toEqual([
      'Skabe ressourcer og kompetencer',
      'Styrke og øge netværk',
      'Opgør med monokultur',
      'Styrke relationer til brugere og lokalsamfund',
    ]);
    const items = state.agenda.items;
    // Before the first talk: the welcome; before lunch: the talk that ends at lunch.
    expect(items.find((i) => i.id === reasons!.itemId)!.title).toBe('Velkomst og præsentation');
    expect(partners).toMatchObject({ kind: 'words', question: 'Hvilke partnere har I allerede?', options: [] });
    const lunch = items.findIndex((i) => i.title === 'Frokost');
    expect(partners!.itemId).toBe(items[lunch - 1]!.id);
  });
});

describe('creating polls', () => {
  it('makes a draft poll with an empty tally per option', () => {
    expect(poll(created())).toMatchObject({ status: 'draft', itemId: TALK, options: ['Ressourcer', 'Netværk', 'Monokultur'], resultsLive: true });
    expect(poll(created()).tally).toEqual({ respondents: 0, counts: [0, 0, 0], words: [], texts: [] });
    expect(poll(created('scale')).tally.counts).toEqual([0, 0, 0, 0, 0]);
    expect(pollsOfItem(created().polls, TALK)).toHaveLength(1);
  });

  it('treats a retried create as the same poll', () => {
    expect(decide(created(), facilitator, 'poll:create', { id: 'poll-000001', kind: 'text', question: 'x' })).toEqual({ events: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a choice poll with one option', { kind: 'single', options: ['Ja'] }, 'invalid_payload'],
    ['a choice poll with no options', { kind: 'multiple' }, 'invalid_payload'],
    ['a scale with options', { kind: 'scale', options: ['a', 'b'] }, 'invalid_payload'],
    ['an unknown kind', { kind: 'ranking' }, 'invalid_payload'],
    ['too many options', { kind: 'single', options: Array.from({ length: limits.pollOptionsMax + 1 }, (_, i) => `o${i}`) }, 'too_large'],
    ['an over-long question', { kind: 'text', question: 'x'.repeat(limits.pollQuestion + 1) }, 'too_large'],
    ['an unknown item', { kind: 'text', itemId: 'no-such-item' }, 'not_found'],
  ])('refuses %s', (_label, change, code) => {
    expect(decide(sessionWith(), facilitator, 'poll:create', { id: 'poll-000009', question: 'Hvad?', ...change } as never)).toEqual({ error: code });
  });

  it(`stops at ${limits.pollsPerSession} polls in a session`, () => {
    let state = sessionWith();
    for (let i = state.polls.polls.length; i < limits.pollsPerSession; i++)
      state = apply(state, facilitator, 'poll:create', { id: `poll-${String(i).padStart(6, '0')}`, kind: 'text', question: 'x' });
    expect(decide(state, facilitator, 'poll:create', { id: 'poll-x00001', kind: 'text', question: 'x' })).toEqual({ error: 'limit_reached' });
  });
});

describe('opening and closing', () => {
  it('opens one poll at a time, puts it on the projector, and closes the one before', () => {
    let state = apply(created('single', {}, 'poll-000002'), facilitator, 'poll:create', { id: 'poll-000001', kind: 'scale', question: 'Hvor godt?' });
    state = apply(state, facilitator, 'poll:open', { id: 'poll-000002' });
    state = apply(state, facilitator, 'poll:open', { id: 'poll-000001' });
    expect(openPoll(state.polls)!.id).toBe('poll-000001');
    expect(poll(state, 'poll-000002').status).toBe('closed');
    expect(state.polls.presentedId).toBe('poll-000001');
    state = apply(state, facilitator, 'poll:close', { id: 'poll-000001' });
    expect(openPoll(state.polls)).toBeUndefined();
    expect(state.polls.presentedId).toBe('poll-000001');
  });

  it('refuses closing a poll that never opened', () => {
    expect(decide(created(), facilitator, 'poll:close', { id: 'poll-000001' })).toEqual({ error: 'wrong_phase' });
  });

  it.each<[string, Actor]>([
    ['a participant', anna],
    ['the projector', projector],
  ])('refuses create, open, close, present and delete by %s', (_label, actor) => {
    const state = opened();
    expect(decide(state, actor, 'poll:create', { id: 'poll-000009', kind: 'text', question: 'x' })).toEqual({ error: 'forbidden' });
    expect(decide(created(), actor, 'poll:open', { id: 'poll-000001' })).toEqual({ error: 'forbidden' });
    expect(decide(state, actor, 'poll:close', { id: 'poll-000001' })).toEqual({ error: 'forbidden' });
    expect(decide(state, actor, 'poll:present', { id: null })).toEqual({ error: 'forbidden' });
    expect(decide(state, actor, 'poll:delete', { id: 'poll-000001' })).toEqual({ error: 'forbidden' });
  });

  it('takes a deleted poll off the projector', () => {
    const state = apply(opened(), facilitator, 'poll:delete', { id: 'poll-000001' });
    expect(findPoll(state.polls, 'poll-000001')).toBeUndefined();
    expect(state.polls.presentedId).toBeNull();
  });
});

describe('answering', () => {
  it('counts an answer and lets the participant change it while the poll is open', () => {
    let state = apply(opened(), anna, 'poll:answer', { pollId: 'poll-000001', choices: [0] });
    state = apply(state, bo, 'poll:answer', { pollId: 'poll-000001', choices: [0] });
    state = apply(state, anna, 'poll:answer', { pollId: 'poll-000001', choices: [2] });
    expect(poll(state).tally).toMatchObject({ respondents: 2, counts: [1, 0, 1] });
    expect(answerOf(poll(state), 'anna-00001')).toEqual({ choices: [2] });
  });

  it('keeps the same answer sent twice as one answer', () => {
    const state = apply(opened(), anna, 'poll:answer', { pollId: 'poll-000001', choices: [1] });
    expect(decide(state, anna, 'poll:answer', { pollId: 'poll-000001', choices: [1] })).toEqual({ events: [] });
  });

  it('refuses an answer to a closed poll and to a draft', () => {
    const closed = apply(opened(), facilitator, 'poll:close', { id: 'poll-000001' });
    expect(decide(closed, anna, 'poll:answer', { pollId: 'poll-000001', choices: [0] })).toEqual({ error: 'wrong_phase' });
    expect(decide(created(), anna, 'poll:answer', { pollId: 'poll-000001', choices: [0] })).toEqual({ error: 'wrong_phase' });
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['two choices in a single-choice poll', 'single', { choices: [0, 1] }, 'invalid_payload'],
    ['an option that does not exist', 'single', { choices: [3] }, 'invalid_payload'],
    ['a negative option', 'multiple', { choices: [-1] }, 'invalid_payload'],
    ['a scale answer to a choice poll', 'single', { scale: 3 }, 'invalid_payload'],
    ['a scale of 6', 'scale', { scale: 6 }, 'invalid_payload'],
    ['a scale of 2.5', 'scale', { scale: 2.5 }, 'invalid_payload'],
    ['four words', 'words', { words: ['a', 'b', 'c', 'd'] }, 'too_large'],
    ['an over-long word', 'words', { words: ['x'.repeat(limits.pollWord + 1)] }, 'too_large'],
    ['only blank words', 'words', { words: [' '] }, 'invalid_payload'],
    ['an over-long text', 'text', { text: 'x'.repeat(limits.pollText + 1) }, 'too_large'],
    ['text and words at once', 'text', { text: 'x', words: ['y'] }, 'invalid_payload'],
  ])('refuses %s', (_label, kind, answer, code) => {
    expect(decide(opened(kind), anna, 'poll:answer', { pollId: 'poll-000001', ...answer } as never)).toEqual({ error: code });
  });

  it.each<[string, Actor]>([
    ['the facilitator', facilitator],
    ['the projector', projector],
  ])('refuses an answer from %s', (_label, actor) => {
    expect(decide(opened(), actor, 'poll:answer', { pollId: 'poll-000001', choices: [0] })).toEqual({ error: 'forbidden' });
  });

  it(`stops a participant after ${limits.answersPerPoll} answers to one poll`, () => {
    let state = opened('scale');
    for (let i = 0; i < limits.answersPerPoll; i++) state = apply(state, anna, 'poll:answer', { pollId: 'poll-000001', scale: (i % 5) + 1 });
    expect(decide(state, anna, 'poll:answer', { pollId: 'poll-000001', scale: 3 })).toEqual({ error: 'limit_reached' });
    expect(decide(state, bo, 'poll:answer', { pollId: 'poll-000001', scale: 3 })).toMatchObject({ events: [{}] });
  });

  it('keeps a participant id "__proto__" as an ordinary answer', () => {
    const odd: Actor = { role: 'participant', participantId: '__proto__' };
    const state = apply(opened('words'), odd, 'poll:answer', { pollId: 'poll-000001', words: ['Museum'] });
    expect(answerOf(poll(state), '__proto__')).toEqual({ words: ['Museum'] });
    expect(answerOf(poll(state), 'constructor')).toBeNull();
    const copied = JSON.parse(JSON.stringify(poll(state).answers)) as Record<string, { times: number }>;
    expect(Object.hasOwn(copied, '__proto__') && copied['__proto__']!.times).toBe(1);
    expect(({} as Record<string, unknown>).times).toBeUndefined();
  });
});

describe('who sees the results', () => {
  it.each<[string, Record<string, unknown>, 'open' | 'closed', Actor, boolean]>([
    ['live results while open', {}, 'open', projector, true],
    ['results kept back while open', { resultsLive: false }, 'open', projector, false],
    ['results kept back, closed', { resultsLive: false }, 'closed', projector, true],
    ['results kept back, the facilitator', { resultsLive: false }, 'open', facilitator, true],
  ])('%s: %s', (_label, extra, status, actor, visible) => {
    const state = opened('single', extra);
    const final = status === 'closed' ? apply(state, facilitator, 'poll:close', { id: 'poll-000001' }) : state;
    expect(canSeeResults(actor, poll(final))).toBe(visible);
  });
});

describe('a programme item removed', () => {
  it('leaves its polls in the JSON export as made on the spot, and the export still imports', () => {
    const state = apply(created(), facilitator, 'agenda:remove', { id: TALK });
    const doc = toDocument(state, 0);
    expect(doc.polls.find((p) => p.id === 'poll-000001')!.itemId).toBeNull();
    expect(consistencyProblems(doc)).toEqual([]);
  });
});
