import { describe, expect, it } from 'vitest';
import { pollRows } from '../../../shared/export/pollRows';
import { cloudWords } from '../../../shared/poll/cloud';
import { findPoll } from '../../../shared/poll/polls';
import type { Actor, SessionState } from '../../../shared/state';
import { anna, apply, bo, decide, facilitator, sessionWith } from '../../helpers/domain';

const POLL = 'poll-cloud1';
const TEXTS = 'poll-texts1';
const carl = { role: 'participant', participantId: 'carl-00001' } as const satisfies Actor;
const dora = { role: 'participant', participantId: 'dora-00001' } as const satisfies Actor;

function openWords(kind: 'words' | 'text' = 'words', id = POLL): SessionState {
  const made = apply(sessionWith(), facilitator, 'poll:create', { id, itemId: null, kind, question: 'Hvad skal biblioteket være?' });
  return apply(made, facilitator, 'poll:open', { id });
}

function answered(state: SessionState, answers: [Actor, string[]][]): SessionState {
  return answers.reduce((s, [who, words]) => apply(s, who, 'poll:answer', { pollId: POLL, words }), state);
}

const cloud = (state: SessionState) => cloudWords(state.polls, findPoll(state.polls, POLL)!).map((w) => [w.label, w.count]);

describe('a word cloud that knows Danish', () => {
  it('counts bibliotek, Biblioteket and bibliotekerne as one entry of 3, shown as the form typed most', () => {
    const state = answered(openWords(), [
      [anna, ['bibliotek']],
      [bo, ['Biblioteket']],
      [carl, ['bibliotekerne', 'Kaffe']],
      [dora, ['biblioteket']],
    ]);
    const words = findPoll(state.polls, POLL)!.tally.words;
    expect(words.find((w) => w.key === 'bibliotek')).toMatchObject({ count: 4, label: 'bibliotek' });
    expect(cloud(state)).toEqual([['bibliotek', 4], ['Kaffe', 1]]);
  });

  it('shows the most typed form as answers change', () => {
    let state = answered(openWords(), [[anna, ['Biblioteket']], [bo, ['bibliotekerne']], [carl, ['bibliotekerne']]]);
    expect(cloud(state)).toEqual([['bibliotekerne', 3]]);
    state = answered(state, [[bo, ['Biblioteket']], [carl, ['Kaffe']]]);
    expect(cloud(state)).toEqual([['Biblioteket', 2], ['Kaffe', 1]]);
  });

  it('counts Røde Kors typed nine ways as one', () => {
    const spellings = ['Røde Kors', 'røde kors', 'RØDE KORS', 'Ｒøde Kors', 'Røde\u200BKors', 'Rø\u00ADde Kors', 'Røde\u200D Kors', '"Røde Kors"', 'Røde Kors.'];
    const state = spellings.reduce(
      (s, word, i) => apply(s, { role: 'participant', participantId: `p-${String(i).padStart(8, '0')}` }, 'poll:answer', { pollId: POLL, words: [word] }),
      openWords(),
    );
    expect(cloud(state)).toEqual([['Røde Kors', 9]]);
  });

  it('one answer counts an inflected word once', () => {
    const state = answered(openWords(), [[anna, ['Bibliotek', 'bibliotekerne', 'biblioteket']]]);
    expect(findPoll(state.polls, POLL)!.answers['anna-00001']!.answer).toEqual({ words: ['Bibliotek'] });
    expect(cloud(state)).toEqual([['Bibliotek', 1]]);
  });

  it('counts __proto__ and constructor as words', () => {
    const state = answered(openWords(), [[anna, ['__proto__', 'constructor']], [bo, ['constructor']]]);
    expect(cloud(state)).toEqual([['constructor', 2], ['__proto__', 1]]);
  });

  it('leaves Danish and English stop words out, until the facilitator shows one', () => {
    let state = answered(openWords(), [[anna, ['og', 'Kaffe']], [bo, ['The', 'og']], [carl, ['ikke']]]);
    expect(cloud(state)).toEqual([['Kaffe', 1]]);
    state = apply(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'OG', rule: 'show' });
    expect(cloud(state)).toEqual([['og', 2], ['Kaffe', 1]]);
    state = apply(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'og', rule: 'default' });
    expect(cloud(state)).toEqual([['Kaffe', 1]]);
  });

  it('hides a word for the day; a poll of its own can show it again', () => {
    let state = answered(openWords(), [[anna, ['Kaffe', 'Bibliotek']], [bo, ['kaffen']]]);
    state = apply(state, facilitator, 'poll:ruleWord', { pollId: null, word: 'kaffe', rule: 'hide' });
    expect(cloud(state)).toEqual([['Bibliotek', 1]]);
    state = apply(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'Kaffen', rule: 'show' });
    expect(cloud(state)).toEqual([['Kaffe', 2], ['Bibliotek', 1]]);
    expect(state.polls.wordRules.map((r) => [r.pollId, r.key, r.rule])).toEqual([[null, 'kaf', 'hide'], [POLL, 'kaf', 'show']]);
  });

  it('lets only the facilitator rule words, a rule given twice is one event, a deleted poll takes its rules along', () => {
    const state = openWords();
    expect(decide(state, anna, 'poll:ruleWord', { pollId: POLL, word: 'og', rule: 'show' })).toEqual({ error: 'forbidden' });
    expect(decide(state, facilitator, 'poll:ruleWord', { pollId: 'poll-nothere', word: 'og', rule: 'show' })).toEqual({ error: 'not_found' });
    expect(decide(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: '\u200B', rule: 'hide' })).toEqual({ error: 'invalid_payload' });
    expect(decide(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'og', rule: 'default' })).toEqual({ events: [] });
    const ruled = apply(state, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'og', rule: 'show' });
    expect(decide(ruled, facilitator, 'poll:ruleWord', { pollId: POLL, word: 'Og', rule: 'show' })).toEqual({ events: [] });
    expect(apply(ruled, facilitator, 'poll:delete', { id: POLL }).polls.wordRules).toEqual([]);
  });

  it('exports the cloud as shown, and groups open texts that differ only in case, width or punctuation', () => {
    let state = answered(openWords(), [[anna, ['bibliotek', 'og']], [bo, ['Bibliotekerne']]]);
    state = apply(state, facilitator, 'poll:create', { id: TEXTS, itemId: null, kind: 'text', question: 'Hvad mangler?' });
    state = apply(state, facilitator, 'poll:open', { id: TEXTS });
    for (const [who, text] of [[anna, 'Mere tid'], [bo, 'mere tid!'], [carl, 'Ｍere\u200B tid'], [dora, 'Kaffe']] as const) {
      state = apply(state, who, 'poll:answer', { pollId: TEXTS, text });
    }
    const rows = pollRows(state, 'da').map((r) => [r.poll, r.option, r.answers]);
    expect(rows).toContainEqual(['Hvad skal biblioteket være?', 'bibliotek', 2]);
    expect(rows.some(([, option]) => option === 'og')).toBe(false);
    expect(rows).toContainEqual(['Hvad mangler?', 'Mere tid', 3]);
    expect(rows).toContainEqual(['Hvad mangler?', 'Kaffe', 1]);
    expect(findPoll(state.polls, TEXTS)!.tally.texts).toHaveLength(4);
  });
});
