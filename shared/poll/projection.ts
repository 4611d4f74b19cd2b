// What one screen may know of the polls: results for everyone (once the poll lets them be seen), each answer
// only for the facilitator and its author.
import { ownValue, withEntry } from '../records';
import type { DomainEvent } from '../events';
import type { Actor, SessionState } from '../state';
import type { PollEvent } from './events';
import { canSeeResults, findPoll } from './polls';
import { answerEventShown, cloudsChanged, rulesShown, tallyShown } from './hiddenWords';
import type { Poll, PollsState, PollTally } from './types';

type Rules = PollsState['wordRules'];

/**
 * The results as `audience` may see them: without the words the facilitator hid from the cloud, and while they are
 * held back until closing, only how many answered.
 */
function tallyFor(poll: Poll, audience: Actor, rules: Rules): PollTally {
  if (canSeeResults(audience, poll)) return tallyShown(poll.tally, rules, poll.id);
  return { respondents: poll.tally.respondents, counts: poll.tally.counts.map(() => 0), words: [], texts: [] };
}

export function pollFor(poll: Poll, audience: Actor, rules: Rules): Poll {
  if (audience.role === 'facilitator') return poll;
  const me = audience.role === 'participant' ? audience.participantId : null;
  const mine = me === null ? undefined : ownValue(poll.answers, me);
  return { ...poll, tally: tallyFor(poll, audience, rules), answers: mine ? withEntry({}, me!, mine) : {} };
}

export function projectPolls(polls: PollsState, audience: Actor): PollsState {
  if (audience.role === 'facilitator') return polls;
  return { ...polls, polls: polls.polls.map((p) => pollFor(p, audience, polls.wordRules)), wordRules: rulesShown(polls.wordRules) };
}

/** One poll event for `audience`, from the states just before and after it. */
export function projectPollEvent(event: PollEvent, audience: Actor, before: SessionState, after: SessionState): DomainEvent {
  if (audience.role === 'facilitator') return event;
  switch (event.type) {
    case 'poll:created':
      return { ...event, poll: pollFor(event.poll, audience, after.polls.wordRules) };
    case 'poll:opened':
    case 'poll:closed': {
      // Closing a poll that held its results back brings them; reopening it takes them back.
      const was = findPoll(before.polls, event.id);
      const is = findPoll(after.polls, event.id);
      if (!was || !is || canSeeResults(audience, was) === canSeeResults(audience, is)) return event;
      return { ...event, tally: tallyFor(is, audience, after.polls.wordRules) };
    }
    case 'poll:answered': {
      const me = audience.role === 'participant' ? audience.participantId : null;
      const poll = findPoll(after.polls, event.pollId);
      if (poll && !canSeeResults(audience, poll)) {
        const own = event.participantId !== undefined && event.participantId === me;
        return { type: 'poll:answerCounted', pollId: event.pollId, first: event.previous === null, ...(own ? { participantId: me, answer: event.answer } : {}) };
      }
      const rules = after.polls.wordRules;
      if (event.participantId === me) return answerEventShown(event, rules, true);
      const { participantId: _who, ...anonymous } = event;
      return answerEventShown(anonymous, rules, false);
    }
    case 'poll:wordRuled': {
      const sees = (id: string) => {
        const poll = findPoll(after.polls, id);
        return poll !== undefined && canSeeResults(audience, poll);
      };
      return { type: 'poll:cloudChanged', ...cloudsChanged(before.polls, after.polls, sees) };
    }
    default:
      return event;
  }
}

export interface OwnAnswer {
  pollId: string;
  answer: Poll['answers'][string];
}

/** A participant's own answers, by poll. */
export function ownAnswers(polls: PollsState, participantId: string): OwnAnswer[] {
  const out: OwnAnswer[] = [];
  for (const poll of polls.polls) {
    const answer = ownValue(poll.answers, participantId);
    if (answer) out.push({ pollId: poll.id, answer });
  }
  return out;
}

export function withOwnAnswers(shared: PollsState, participantId: string, own: readonly OwnAnswer[]): PollsState {
  const byPoll = new Map(own.map((a) => [a.pollId, a.answer]));
  return { ...shared, polls: shared.polls.map((p) => (byPoll.has(p.id) ? { ...p, answers: withEntry({}, participantId, byPoll.get(p.id)!) } : p)) };
}
