// The places each event kind declares for a person: complete (every participant id a real log carries is found in
// them), and erasing through them replays to the state "Glem mig" leaves live.
import { describe, expect, it } from 'vitest';
import { OTHERS } from '../../shared/board/dots';
import type { CommandName, CommandPayload } from '../../shared/contract';
import { erased, participantsNamedBy } from '../../shared/eventKinds/erasure';
import { eventKinds } from '../../shared/eventKinds/registry';
import type { SequencedEvent } from '../../shared/events';
import { evolve, evolveAll } from '../../shared/evolve';
import { blankSession } from '../../shared/session/evolve';
import { type Actor, actorRef, type SessionState } from '../../shared/state';
import { createFromTemplate } from '../../shared/session/create';
import { outOfTheBox } from '../../shared/templates/outOfTheBox';
import { anna, bo, counterIds, decide, facilitator } from '../kit/domain';

const cara: Actor = { role: 'participant', participantId: 'cara-00001' };
const people = ['anna-00001', 'bo-0000001', 'cara-00001'];

/** A day with every kind of trace a participant leaves, as the server would log it. */
function day(): { log: SequencedEvent[]; state: SessionState } {
  let state = blankSession('session-1');
  const log: SequencedEvent[] = [];
  const append = (actor: string, event: SequencedEvent['event']) => {
    const sequenced = { seq: state.seq + 1, at: 1_000 + state.seq, actor, event };
    state = evolve(state, sequenced);
    log.push(sequenced);
  };
  const step = <K extends CommandName>(actor: Actor, name: K, payload: CommandPayload<K>) => {
    const result = decide(state, actor, name, payload);
    if ('error' in result) throw new Error(`${name}: ${result.error}`);
    for (const event of result.events) append(actorRef(actor), event);
  };
  append('facilitator', createFromTemplate(outOfTheBox, { sessionId: 'session-1', joinCode: 'ABCDEF', date: '2026-11-25', newId: counterIds('item') }));
  for (const [id, name] of [['anna-00001', 'Anna'], ['bo-0000001', 'Bo'], ['cara-00001', 'Cara']] as const) append(id, { type: 'participant:joined', participantId: id, name });
  const talk = state.agenda.items.find((i) => i.kind === 'talk')!.id;
  step(facilitator, 'board:phase', { phase: 'collecting' });
  step(anna, 'idea:add', { id: 'idea-anna-1', sector: 'civil', text: 'Lektiecafé' });
  step(bo, 'idea:add', { id: 'idea-bo-001', sector: 'public', text: 'Jobcenter' });
  step(cara, 'idea:add', { id: 'idea-cara-1', sector: 'market', text: 'Kaffebar' });
  step(facilitator, 'board:phase', { phase: 'voting' });
  step(anna, 'vote:cast', { ideaId: 'idea-bo-001' });
  step(bo, 'vote:cast', { ideaId: 'idea-cara-1' });
  step(cara, 'vote:cast', { ideaId: 'idea-bo-001' });
  step(facilitator, 'idea:merge', { sourceId: 'idea-cara-1', targetId: 'idea-bo-001' });
  step(anna, 'participant:rename', { name: 'Anna Ærø' });
  step(bo, 'question:ask', { id: 'question-01', itemId: talk, text: 'Hvem betaler?' });
  step(anna, 'question:upvote', { questionId: 'question-01' });
  step(cara, 'question:upvote', { questionId: 'question-01' });
  step(anna, 'question:ask', { id: 'question-02', itemId: talk, text: 'Hvem betaler mon?' });
  step(cara, 'question:upvote', { questionId: 'question-02' });
  step(bo, 'question:upvote', { questionId: 'question-02' });
  step(facilitator, 'similar:dismiss', { scope: 'questions', ids: ['question-01', 'question-02'] });
  step(facilitator, 'question:merge', { sourceId: 'question-02', targetId: 'question-01' });
  step(facilitator, 'poll:create', { id: 'poll-000001', kind: 'single', question: 'Hvilken?', options: ['A', 'B'] });
  step(facilitator, 'poll:open', { id: 'poll-000001' });
  step(anna, 'poll:answer', { pollId: 'poll-000001', choices: [0] });
  step(cara, 'poll:answer', { pollId: 'poll-000001', choices: [1] });
  step(cara, 'participant:forget', {});
  step(anna, 'participant:forget', {});
  return { log, state };
}

/** Every key and string anywhere in the value. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const inner of value) strings(inner, into);
  else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) into.push(key, ...strings(inner));
  return into;
}

describe('the places that hold a person', () => {
  const { log, state } = day();

  it('are declared for every kind of event', () => {
    const kinds = Object.keys(eventKinds);
    expect(kinds).toEqual(expect.arrayContaining([...new Set(log.map((e) => e.event.type))]));
    for (const kind of Object.values(eventKinds)) expect(Object.keys(kind).sort()).toEqual(['concerns', 'people', 'project', 'stillVisible']);
  });

  it.each(people)('name %s wherever a logged event carries the id, and nowhere else', (id) => {
    for (const sequenced of log) {
      const carried = strings(sequenced).includes(id);
      expect(participantsNamedBy(sequenced).has(id), `${sequenced.event.type} #${sequenced.seq}`).toBe(carried);
    }
  });

  it('erase the forgotten from the log, and the erased log replays to the live state', () => {
    let scrubbed = log;
    for (const forgotten of ['cara-00001', 'anna-00001']) scrubbed = scrubbed.map((e) => erased(e, forgotten));
    expect(JSON.stringify(scrubbed)).not.toMatch(/cara-00001|anna-00001|Cara|Anna/);
    expect(evolveAll(blankSession(state.id), scrubbed)).toEqual(state);
    expect(state.board.ideas.find((i) => i.id === 'idea-bo-001')!.votes).toEqual({ 'bo-0000001': 1, [OTHERS]: 2 });
    expect(state.polls.polls.find((p) => p.id === 'poll-000001')).toMatchObject({ answers: {}, tally: { respondents: 2, counts: [1, 1] } });
  });

  it('leave every value that only looks like the forgotten id alone', () => {
    for (const lookalike of ['participantId', 'collecting', 'idea-bo-001', 'question-01', state.date, state.joinCode, 'facilitator']) {
      for (const sequenced of log) {
        const named = participantsNamedBy(sequenced).has(lookalike);
        if (!named) expect(erased(sequenced, lookalike)).toEqual(sequenced);
      }
    }
  });
});
