import { ownValue, withEntry } from '../records';
import { updateById } from '../byId';
import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { PollEvent } from './events';
import { withWordRule } from './cloud';
import { recount } from './tally';
import type { Poll, PollsState } from './types';

const onPolls = (state: SessionState, change: (p: PollsState) => PollsState): SessionState => ({
  ...state,
  polls: change(state.polls),
});

const updatePoll = (ps: PollsState, id: string, update: (p: Poll) => Poll): PollsState => ({ ...ps, polls: updateById(ps.polls, id, update) });

export const pollEvolvers: EvolverMap<PollEvent> = {
  'poll:created': (s, e) => onPolls(s, (ps) => (ps.polls.some((p) => p.id === e.poll.id) ? ps : { ...ps, polls: [...ps.polls, e.poll] })),
  'poll:opened': (s, e, m) =>
    onPolls(s, (ps) => updatePoll(ps, e.id, (p) => ({ ...p, status: 'open', openedAt: m.at, closedAt: null, tally: e.tally ?? p.tally }))),
  'poll:closed': (s, e, m) => onPolls(s, (ps) => updatePoll(ps, e.id, (p) => ({ ...p, status: 'closed', closedAt: m.at, tally: e.tally ?? p.tally }))),
  'poll:deleted': (s, e) =>
    onPolls(s, (ps) => ({
      polls: ps.polls.filter((p) => p.id !== e.id),
      presentedId: ps.presentedId === e.id ? null : ps.presentedId,
      wordRules: ps.wordRules.filter((r) => r.pollId !== e.id),
    })),
  'poll:presented': (s, e) => onPolls(s, (ps) => ({ ...ps, presentedId: e.id })),
  'poll:answered': (s, e) =>
    onPolls(s, (ps) =>
      updatePoll(ps, e.pollId, (p) => {
        const tally = recount(p.tally, e.answer, e.previous, e.tags);
        if (e.participantId === undefined) return { ...p, tally };
        const before = ownValue(p.answers, e.participantId)?.times ?? 0;
        return { ...p, tally, answers: withEntry(p.answers, e.participantId, { answer: e.answer, times: before + 1 }) };
      }),
    ),
  'poll:answerCounted': (s, e) =>
    onPolls(s, (ps) =>
      updatePoll(ps, e.pollId, (p) => {
        const tally = e.first ? { ...p.tally, respondents: p.tally.respondents + 1 } : p.tally;
        if (e.participantId === undefined || e.answer === undefined) return { ...p, tally };
        const before = ownValue(p.answers, e.participantId)?.times ?? 0;
        return { ...p, tally, answers: withEntry(p.answers, e.participantId, { answer: e.answer, times: before + 1 }) };
      }),
    ),
  'poll:wordRuled': (s, e) => onPolls(s, (ps) => ({ ...ps, wordRules: withWordRule(ps.wordRules, e) })),
  'poll:cloudChanged': (s, e) =>
    onPolls(s, (ps) => {
      const words = new Map(e.clouds.map((c) => [c.id, c.words]));
      const polls = ps.polls.map((p) => (words.has(p.id) ? { ...p, tally: { ...p.tally, words: words.get(p.id)! } } : p));
      return { ...ps, polls, wordRules: e.rules };
    }),
};
