import { ownValue, withEntry } from '../records';
import { updateById } from '../byId';
import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { PollEvent } from './events';
import { withWordRule } from './cloud';
import { recount } from './tally';
import type { Poll, PollAnswer, PollsState, PollTally } from './types';

const onPolls = (state: SessionState, change: (p: PollsState) => PollsState): SessionState => ({
  ...state,
  polls: change(state.polls),
});

const updatePoll = (ps: PollsState, id: string, update: (p: Poll) => Poll): PollsState => ({ ...ps, polls: updateById(ps.polls, id, update) });

/** The poll with its new tally, and the answer kept as its author's when the event names them (facilitator, author). */
function answered(p: Poll, tally: PollTally, { participantId, answer }: { participantId?: string; answer?: PollAnswer }): Poll {
  if (participantId === undefined || answer === undefined) return { ...p, tally };
  const before = ownValue(p.answers, participantId)?.times ?? 0;
  return { ...p, tally, answers: withEntry(p.answers, participantId, { answer, times: before + 1 }) };
}

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
  'poll:answered': (s, e) => onPolls(s, (ps) => updatePoll(ps, e.pollId, (p) => answered(p, recount(p.tally, e.answer, e.previous, e.tags), e))),
  'poll:answerCounted': (s, e) =>
    onPolls(s, (ps) => updatePoll(ps, e.pollId, (p) => answered(p, e.first ? { ...p.tally, respondents: p.tally.respondents + 1 } : p.tally, e))),
  'poll:wordRuled': (s, e) => onPolls(s, (ps) => ({ ...ps, wordRules: withWordRule(ps.wordRules, e) })),
  'poll:cloudChanged': (s, e) =>
    onPolls(s, (ps) => e.clouds.reduce((next, c) => updatePoll(next, c.id, (p) => ({ ...p, tally: { ...p.tally, words: c.words } })), { ...ps, wordRules: e.rules })),
};
