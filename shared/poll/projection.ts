// What one screen may know of the polls: results for everyone, each answer only for the facilitator and its author.
import { ownValue, withEntry } from '../records';
import type { DomainEvent } from '../events';
import type { Actor } from '../state';
import type { PollEvent } from './events';
import type { Poll, PollsState } from './types';

export function pollFor(poll: Poll, audience: Actor): Poll {
  if (audience.role === 'facilitator') return poll;
  const me = audience.role === 'participant' ? audience.participantId : null;
  const mine = me === null ? undefined : ownValue(poll.answers, me);
  return { ...poll, answers: mine ? withEntry({}, me!, mine) : {} };
}

export function projectPolls(polls: PollsState, audience: Actor): PollsState {
  if (audience.role === 'facilitator') return polls;
  return { ...polls, polls: polls.polls.map((p) => pollFor(p, audience)) };
}

export function projectPollEvent(event: PollEvent, audience: Actor): DomainEvent {
  if (audience.role === 'facilitator') return event;
  switch (event.type) {
    case 'poll:created':
      return { ...event, poll: pollFor(event.poll, audience) };
    case 'poll:answered': {
      const me = audience.role === 'participant' ? audience.participantId : null;
      if (event.participantId === me) return event;
      const { participantId: _who, ...anonymous } = event;
      return anonymous;
    }
    default:
      return event;
  }
}

export function concernedByPoll(event: PollEvent): string[] {
  return event.type === 'poll:answered' && event.participantId ? [event.participantId] : [];
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
