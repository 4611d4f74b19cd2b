// The server's fold adds a participant's first join in place (server/session/fold.ts); it must end where the shared
// reducer ends, never change a record it did not make, and snapshots must not show a join before it is stored.
import { describe, expect, it } from 'vitest';
import { OTHERS } from '../../shared/board/dots';
import { evolveAll } from '../../shared/evolve';
import type { DomainEvent, SequencedEvent } from '../../shared/events';
import { blankSession } from '../../shared/session/evolve';
import { advance, advanceAll, participantCount, withoutWritesAfter } from '../../server/session/fold';
import { projectForAll, SessionTimeline } from '../../server/session/timeline';
import type { Actor, SessionState } from '../../shared/state';
import { anna, apply, bo, decide, facilitator, sessionWith } from '../kit/domain';

const sequenced = (events: DomainEvent[], from = 1): SequencedEvent[] => events.map((event, i) => ({ seq: from + i, at: 1_000 + i, actor: 'system', event }));
const joined = (participantId: string, name = ''): DomainEvent => ({ type: 'participant:joined', participantId, name });

describe('the server fold', () => {
  const history = sequenced([
    joined('anna-0001', 'Anna'),
    joined('__proto__', 'Proto'),
    joined('bo-000001'),
    { type: 'participant:renamed', participantId: 'anna-0001', name: 'Anne' },
    joined('carl-0001', 'Carl'),
    { type: 'participant:forgotten', participantId: 'bo-000001' },
    joined('dora-0001'),
    joined('anna-0001', 'again'),
  ]);

  it('ends in the state the shared reducer ends in, an id `__proto__` an entry like any other', () => {
    const ours = advanceAll(blankSession('s'), history);
    expect(ours).toEqual(evolveAll(blankSession('s'), history));
    expect(Object.hasOwn(ours.participants, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(ours.participants)).toBe(Object.prototype);
    expect(participantCount(ours.participants)).toBe(4);
  });

  it('places and takes back dots in place, an erased participant\'s (OTHERS) on the idea only, and ends where the shared reducer ends', () => {
    const idea = (id: string): DomainEvent => ({ type: 'idea:added', idea: { id, sector: 'public', text: id, authorId: null, createdAt: 1, version: 1, votes: {}, groupId: null, hidden: false } as never });
    const dot = (participantId: string, ideaId: string, cast = true): DomainEvent => ({ type: cast ? 'vote:cast' : 'vote:retracted', participantId, ideaId });
    const start = evolveAll(blankSession('s'), sequenced([joined('anna-0001'), joined('__proto__'), idea('i-1'), idea('i-2'), dot('anna-0001', 'i-1')]));
    const given = { ...start.board.dots };
    const votes = sequenced([dot('__proto__', 'i-1'), dot(OTHERS, 'i-1'), dot('anna-0001', 'i-2'), dot('__proto__', 'i-2'), dot('anna-0001', 'i-1', false), dot('__proto__', 'i-1', false)], start.seq + 1);
    const ours = advanceAll(start, votes);
    expect(ours).toEqual(evolveAll(start, votes));
    expect(ours.board.dots).toEqual({ 'anna-0001': 1, ['__proto__']: 1 });
    expect(Object.getPrototypeOf(ours.board.dots)).toBe(Object.prototype);
    expect(start.board.dots).toEqual(given);
  });

  it('leaves dots accepted but not stored out of the committed state a retry goes back to', () => {
    const idea: DomainEvent = { type: 'idea:added', idea: { id: 'i-1', sector: 'public', text: 'i-1', authorId: null, createdAt: 1, version: 1, votes: {}, groupId: null, hidden: false } as never };
    const cast = (participantId: string): DomainEvent => ({ type: 'vote:cast', participantId, ideaId: 'i-1' });
    const start = advanceAll(blankSession('s'), sequenced([joined('anna-0001'), joined('__proto__'), idea, cast('anna-0001')]));
    const timeline = new SessionTimeline(start, []);
    const [first, second] = sequenced([cast('__proto__'), cast('anna-0001')], start.seq + 1);
    const stored = advance(start, first!);
    timeline.accept(projectForAll(first!, start, stored), stored);
    timeline.commit([first!]);
    const pending = advance(stored, second!);
    timeline.accept(projectForAll(second!, stored, pending), pending);
    // The committed state shares its dots with the pending one, which already holds Anna's second dot.
    expect(timeline.committed.board.dots).toEqual({ 'anna-0001': 2, ['__proto__']: 1 });
    timeline.dropPending();
    expect(timeline.committed.board.dots).toEqual({ 'anna-0001': 1, ['__proto__']: 1 });
  });

  it('never adds to a record it did not make', () => {
    const start = blankSession('s');
    const parsed = JSON.parse(JSON.stringify({ ...start, participants: { 'eva-00001': { id: 'eva-00001', name: 'Eva', joinedAt: 1 } } }));
    const after = advanceAll(parsed, history);
    expect(Object.keys(start.participants)).toEqual([]);
    expect(Object.keys(parsed.participants)).toEqual(['eva-00001']);
    expect(participantCount(after.participants)).toBe(5);
  });

  it('counts joins added in place and records copied by a rename', () => {
    let state = blankSession('s');
    for (const [i, event] of sequenced([joined('p-0000001'), joined('p-0000002')]).entries()) {
      state = advance(state, event);
      expect(participantCount(state.participants)).toBe(i + 1);
    }
    state = advance(state, sequenced([{ type: 'participant:renamed', participantId: 'p-0000001', name: 'X' }], 3)[0]!);
    expect(participantCount(state.participants)).toBe(2);
  });
});

describe('a snapshot during a join storm', () => {
  it('leaves out participants whose join is accepted but not stored yet', () => {
    const [first, second] = sequenced([joined('anna-0001', 'Anna'), joined('bo-000001', 'Bo')]);
    const loaded = advance(blankSession('s'), first!);
    const timeline = new SessionTimeline(loaded, []);
    const after = advance(loaded, second!);
    timeline.accept(projectForAll(second!, loaded, after), after);
    // The committed state shares its record with the pending one, which already holds Bo.
    expect(Object.hasOwn(timeline.committed.participants, 'bo-000001')).toBe(true);
    const pendingView = JSON.parse(timeline.snapshotFor({ role: 'facilitator' }).stateJson);
    expect(Object.keys(pendingView.participants)).toEqual(['anna-0001']);

    // Once stored, the screen gets Bo: from the snapshot it was given, then the events after it.
    timeline.commit([second!]);
    const stored = timeline.snapshotFor({ role: 'facilitator' });
    const view = evolveAll(JSON.parse(stored.stateJson), stored.events);
    expect(Object.keys(view.participants).sort()).toEqual(['anna-0001', 'bo-000001']);
  });
});

describe('poll answers folded in place', () => {
  const proto = { role: 'participant', participantId: '__proto__' } as const;
  const open = () => {
    let state = sessionWith([{ type: 'participant:joined', participantId: '__proto__', name: 'Proto' }]);
    state = apply(state, facilitator, 'poll:create', { id: 'poll-000001', kind: 'single', question: 'Hvem?', options: ['A', 'B', 'C'] });
    return apply(state, facilitator, 'poll:open', { id: 'poll-000001' });
  };
  /** Each answer decided on the state the server holds at that moment, as the server does. */
  const answerAll = (start: SessionState, answers: [Actor, number][]) => {
    const events: SequencedEvent[] = [];
    let state = start;
    for (const [actor, choice] of answers) {
      const decided = decide(state, actor, 'poll:answer', { pollId: 'poll-000001', choices: [choice] });
      if ('error' in decided) throw new Error(decided.error);
      const next = sequenced(decided.events, state.seq + 1);
      events.push(...next);
      state = advanceAll(state, next);
    }
    return { events, state };
  };
  const answersOf = (state: SessionState) => state.polls.polls.find((p) => p.id === 'poll-000001')!.answers;
  const storm: [Actor, number][] = [[anna, 0], [proto, 1], [bo, 2], [anna, 1], [proto, 1], [bo, 0]];

  it("ends where the shared reducer ends, an id `__proto__` an entry like any other, and never changes a record it did not make", () => {
    const start = open();
    const given = JSON.stringify(start.polls);
    const { events, state } = answerAll(start, storm);
    expect(state).toEqual(evolveAll(start, events));
    const answers = answersOf(state);
    expect(Object.hasOwn(answers, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(answers['anna-00001']).toEqual({ answer: { choices: [1] }, times: 2 });
    expect(JSON.stringify(start.polls)).toBe(given);
  });

  it('sees a state without the answers after it: a snapshot leaves out answers accepted but not stored', () => {
    const start = open();
    const { events } = answerAll(start, storm);
    const stored = events.slice(0, 3);
    let state = advanceAll(start, stored);
    const timeline = new SessionTimeline(state, []);
    for (const event of events.slice(3)) {
      const after = advance(state, event);
      timeline.accept(projectForAll(event, state, after), after);
      state = after;
    }
    // The committed state shares its answers with the pending one, which already holds the later answers.
    expect(answersOf(timeline.committed)['anna-00001']!.times).toBe(2);
    const view = JSON.parse(timeline.snapshotFor({ role: 'facilitator' }).stateJson) as SessionState;
    expect(answersOf(view)).toEqual(answersOf(evolveAll(start, stored)));
    const tallyOf = (state: SessionState) => state.polls.polls.find((p) => p.id === 'poll-000001')!.tally;
    expect(tallyOf(view)).toEqual(tallyOf(evolveAll(start, stored)));
    // Answers that will never be stored are gone from the committed state, so a retry decides them again.
    timeline.dropPending();
    expect(answersOf(timeline.committed)).toEqual(answersOf(evolveAll(start, stored)));
  });

  it('holds nothing for answers once they are stored, however many there were', () => {
    const start = open();
    const { events } = answerAll(start, storm);
    let state = start;
    const timeline = new SessionTimeline(state, []);
    for (const event of events) {
      const after = advance(state, event);
      timeline.accept(projectForAll(event, state, after), after);
      state = after;
    }
    const answers = answersOf(state);
    expect(withoutWritesAfter(answers, start.seq)).not.toBe(answers);
    timeline.commit(events);
    // Nothing is left to take back: the record as it was before is the record itself.
    expect(withoutWritesAfter(answers, start.seq)).toBe(answers);
  });
});
