// What one screen may know of the polls: results for everyone (once the poll lets them be seen), each answer
// only for the facilitator and its author.
import { ownValue, withEntry } from '../records';
import type { DomainEvent } from '../events';
import type { Actor, SessionState } from '../state';
import type { PollEvent } from './events';
import { canSeeResults, findPoll } from './polls';
import type { Poll, PollsState, PollTally } from './types';

/** The results as `audience` may see them: while they are held back until closing, only how many answered. */
function tallyFor(poll: Poll, audience: Actor): PollTally {
  if (canSeeResults(audience, poll)) return poll.tally;
  return { respondents: poll.tally.respondents, counts: poll.tally.counts.map(() => 0), words: [], texts: [] };
}

export function pollFor(poll: Poll, audience: Actor): Poll {
  if (audience.role === 'facilitator') return poll;
  const me = audience.role === 'participant' ? audience.participantId : null;
  const mine = me === null ? undefined : ownValue(poll.answers, me);
  return { ...poll, tally: tallyFor(poll, audience), answers: mine ? withEntry({}, me!, mine) : {} };
}

export function projectPolls(polls: PollsState, audience: Actor): PollsState {
  if (audience.role === 'facilitator') return polls;
  return { ...polls, polls: polls.polls.map((p) => pollFor(p, audience)) };
}

/** One poll event for `audience`, from the states just before and after it. */
export function projectPollEvent(event: PollEvent, audience: Actor, before: SessionState, after: SessionState): DomainEvent {
  if (audience.role === 'facilitator') return event;
  switch (event.type) {
    case 'poll:created':
      return { ...event, poll: pollFor(event.poll, audience) };
    case 'poll:opened':
    case 'poll:closed': {
      // Closing a poll that held its results back brings them; reopening it takes them back.
      const was = findPoll(before.polls, event.id);
      const is = findPoll(after.polls, event.id);
      if (!was || !is || canSeeResults(audience, was) === canSeeResults(audience, is)) return event;
      return { ...event, tally: tallyFor(is, audience) };
    }
    case 'poll:answered': {
      const me = audience.role === 'participant' ? audience.participantId : null;
      const poll = findPoll(after.polls, event.pollId);
      if (poll && !canSeeResults(audience, poll)) {
        const own = event.participantId !== undefined && event.participantId === me;
        return { type: 'poll:answerCounted', pollId: event.pollId, first: event.previous === null, ...(own ? { participantId: me, answer: event.answer } : {}) };
      }
      if (event.participantId === me) return event;
      const { participantId: _who, ...anonymous } = event;
      return anonymous;
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
