// Questions and polls as each screen may see them: no phone learns who asked, who voted or what anyone else answered,
// and folding the projected events gives the same view as projecting the state.
import { describe, expect, it } from 'vitest';
import type { DomainEvent, SequencedEvent } from '../../shared/events';
import { evolve } from '../../shared/evolve';
import { ownAnswers, projectPollEvent, projectPolls, withOwnAnswers } from '../../shared/poll/projection';
import { ownQuestions, projectQuestionEvent, projectQuestions, withOwnQuestions } from '../../shared/question/projection';
import { canSeeQuestion } from '../../shared/question/questions';
import { findPoll } from '../../shared/poll/polls';
import { concerned } from '../../shared/projection/event';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import { anna, bo, decide, facilitator, projector, sessionWith } from '../kit/domain';

const TALK = 'item-000002';
const carl: Actor = { role: 'participant', participantId: 'carl-00001' };

/** A talk: approval on, a pending question approved, one hidden, upvotes given and taken back, a poll answered and changed. */
function script(): { actor: Actor; name: string; payload: unknown }[] {
  return [
    { actor: facilitator, name: 'question:settings', payload: { requireApproval: true } },
    { actor: anna, name: 'question:ask', payload: { id: 'q-anna-001', itemId: TALK, text: 'Annas' } },
    { actor: bo, name: 'question:ask', payload: { id: 'q-bo-00001', itemId: TALK, text: 'Bos' } },
    { actor: facilitator, name: 'question:moderate', payload: { questionId: 'q-anna-001', approved: true } },
    { actor: bo, name: 'question:upvote', payload: { questionId: 'q-anna-001' } },
    { actor: carl, name: 'question:upvote', payload: { questionId: 'q-anna-001' } },
    { actor: carl, name: 'question:unvote', payload: { questionId: 'q-anna-001' } },
    { actor: facilitator, name: 'question:moderate', payload: { questionId: 'q-bo-00001', approved: true } },
    { actor: facilitator, name: 'question:moderate', payload: { questionId: 'q-bo-00001', hidden: true } },
    { actor: facilitator, name: 'question:moderate', payload: { questionId: 'q-anna-001', highlighted: true } },
    { actor: facilitator, name: 'poll:create', payload: { id: 'poll-000001', kind: 'single', question: 'Hvad?', options: ['A', 'B'] } },
    { actor: facilitator, name: 'poll:open', payload: { id: 'poll-000001' } },
    { actor: anna, name: 'poll:answer', payload: { pollId: 'poll-000001', choices: [0] } },
    { actor: bo, name: 'poll:answer', payload: { pollId: 'poll-000001', choices: [0] } },
    { actor: anna, name: 'poll:answer', payload: { pollId: 'poll-000001', choices: [1] } },
    // A poll that holds its results back until it closes.
    { actor: facilitator, name: 'poll:create', payload: { id: 'poll-000002', kind: 'words', question: 'Hvem?', resultsLive: false } },
    { actor: facilitator, name: 'poll:open', payload: { id: 'poll-000002' } },
    { actor: anna, name: 'poll:answer', payload: { pollId: 'poll-000002', words: ['Museum'] } },
    { actor: bo, name: 'poll:answer', payload: { pollId: 'poll-000002', words: ['Skole'] } },
    { actor: bo, name: 'poll:answer', payload: { pollId: 'poll-000002', words: ['Museum', 'Skole'] } },
    { actor: facilitator, name: 'poll:close', payload: { id: 'poll-000002' } },
  ];
}

/** Runs the script; every event with the states just before and after it. */
function run(steps0 = script()) {
  let state = sessionWith([{ type: 'participant:joined', participantId: 'carl-00001', name: 'Carl' }]);
  const start = state;
  const steps: { sequenced: SequencedEvent; before: SessionState; after: SessionState }[] = [];
  for (const { actor, name, payload } of steps0) {
    const result = decide(state, actor, name as never, payload as never);
    if ('error' in result) throw new Error(`${name}: ${result.error}`);
    for (const event of result.events) {
      const sequenced = { seq: state.seq + 1, at: 0, actor: actorRef(actor), event };
      const before = state;
      state = evolve(state, sequenced);
      steps.push({ sequenced, before, after: state });
    }
  }
  return { start, steps, end: state };
}

function projectEvent(event: DomainEvent, audience: Actor, before: SessionState, after: SessionState): DomainEvent | null {
  if (event.type.startsWith('question:')) return projectQuestionEvent(event as never, audience, before, after);
  return projectPollEvent(event as never, audience, before, after);
}

const audiences: [string, Actor][] = [
  ['Anna', anna],
  ['Bo', bo],
  ['Carl', carl],
  ['the projector', projector],
];

describe('the projection of questions and polls', () => {
  it.each(audiences.flatMap(([name, a]) => [[name, a, 'closed'], [name, a, 'open']] as const))(
    'gives %s, folding its events, the same view as projecting the final state (held poll %s)',
    (_name, audience, held) => {
    const { start, steps, end } = run(held === 'open' ? script().slice(0, -1) : script());
    let view: SessionState = { ...start, questions: projectQuestions(start.questions, audience), polls: projectPolls(start.polls, audience) };
    for (const { sequenced, before, after } of steps) {
      const event = projectEvent(sequenced.event, audience, before, after);
      if (event) view = evolve(view, { ...sequenced, event });
    }
    // A question hidden after a screen had it stays there as hidden (the screen shows it no more), as ideas do.
    const shown = (questions: SessionState['questions']) => ({ ...questions, questions: questions.questions.filter((q) => canSeeQuestion(audience, q)) });
    expect(shown(view.questions)).toEqual(projectQuestions(end.questions, audience));
    expect(view.polls).toEqual(projectPolls(end.polls, audience));
  });

  it('holds back the results of a poll that shows them only after closing, from every screen but the facilitator\'s', () => {
    const open = run(script().slice(0, -1));
    for (const audience of [anna, bo, carl, projector]) {
      expect(findPoll(projectPolls(open.end.polls, audience), 'poll-000002')!.tally).toEqual({ respondents: 2, counts: [], words: [], texts: [] });
      for (const { sequenced, before, after } of open.steps.filter(({ sequenced }) => sequenced.event.type === 'poll:answered')) {
        const text = JSON.stringify(projectEvent(sequenced.event, audience, before, after));
        if ((sequenced.event as { pollId: string }).pollId !== 'poll-000002') continue;
        if (sequenced.event.type === 'poll:answered' && sequenced.event.participantId === (audience as { participantId?: string }).participantId) continue;
        expect(text).not.toMatch(/Museum|Skole/);
      }
    }
    expect(findPoll(projectPolls(open.end.polls, facilitator), 'poll-000002')!.tally.words).toHaveLength(2);
    const closed = run();
    expect(findPoll(projectPolls(closed.end.polls, carl), 'poll-000002')!.tally.words.map((w) => [w.label, w.count])).toEqual([
      ['Museum', 2],
      ['Skole', 1],
    ]);
  });

  it.each(audiences)("never sends %s another participant's id", (_name, audience) => {
    const { steps } = run();
    const me = audience.role === 'participant' ? audience.participantId : '';
    const others = ['anna-00001', 'bo-0000001', 'carl-00001'].filter((id) => id !== me);
    for (const { sequenced, before, after } of steps) {
      const text = JSON.stringify(projectEvent(sequenced.event, audience, before, after));
      for (const id of others) expect(text, `${sequenced.event.type}`).not.toContain(id);
    }
  });

  it('keeps pending and hidden questions off the other phones and the projector', () => {
    const { end } = run();
    expect(projectQuestions(end.questions, carl).questions.map((q) => q.text)).toEqual(['Annas']);
    expect(projectQuestions(end.questions, projector).questions.map((q) => q.text)).toEqual(['Annas']);
    expect(projectQuestions(end.questions, facilitator).questions.map((q) => q.text)).toEqual(['Annas', 'Bos']);
  });

  it('lets each participant know their own question, upvote and answer', () => {
    const { end } = run();
    expect(projectQuestions(end.questions, anna).questions[0]).toMatchObject({ authorId: 'anna-00001', votes: 1, voters: [] });
    expect(projectQuestions(end.questions, bo).questions[0]).toMatchObject({ authorId: null, votes: 1, voters: ['bo-0000001'] });
    expect(findPoll(projectPolls(end.polls, anna), 'poll-000001')!.answers).toEqual({ 'anna-00001': { answer: { choices: [1] }, times: 2 } });
    expect(findPoll(projectPolls(end.polls, projector), 'poll-000001')).toMatchObject({ answers: {}, tally: { respondents: 2, counts: [1, 1] } });
  });

  it('names the participants each event concerns', () => {
    const { steps } = run();
    const about = steps.map(({ sequenced, before }) => concerned(sequenced, before));
    expect(about.flat()).toEqual(expect.arrayContaining(['anna-00001', 'bo-0000001', 'carl-00001']));
    const upvote = steps.findIndex(({ sequenced }) => sequenced.event.type === 'question:upvoted');
    expect(about[upvote]).toEqual(['bo-0000001']);
  });

  it.each(audiences.filter(([, a]) => a.role === 'participant'))(
    "gives %s the view every participant shares with their own questions and answers laid over it",
    (_name, audience) => {
      const { end } = run();
      const me = (audience as { participantId: string }).participantId;
      const nobody: Actor = { role: 'participant', participantId: '' };
      const questions = withOwnQuestions(projectQuestions(end.questions, nobody), ownQuestions(end.questions, me));
      const polls = withOwnAnswers(projectPolls(end.polls, nobody), me, ownAnswers(end.polls, me));
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(questions.questions)).toEqual(byId(projectQuestions(end.questions, audience).questions));
      expect(polls).toEqual(projectPolls(end.polls, audience));
    },
  );

  it('takes back one anonymous upvote of several, as a scrubbed log replays them', () => {
    const { end } = run();
    const twice = { ...end.questions.questions[0]!, votes: 2, voters: ['*', '*'] };
    const state = { ...end, questions: { ...end.questions, questions: [twice] } };
    const after = evolve(state, { seq: end.seq + 1, at: 0, actor: '*', event: { type: 'question:unvoted', questionId: twice.id, participantId: '*' } });
    expect(after.questions.questions[0]).toMatchObject({ votes: 1, voters: ['*'] });
  });

  it('leaves the facilitator every detail', () => {
    const { end } = run();
    expect(projectQuestions(end.questions, facilitator)).toBe(end.questions);
    expect(Object.keys(findPoll(projectPolls(end.polls, facilitator), 'poll-000001')!.answers)).toEqual(['anna-00001', 'bo-0000001']);
  });
});
