// Reading polls: pure, so the phone, the console, the projector and the exports agree.
import { ownValue } from '../records';
import type { Actor } from '../state';
import type { Poll, PollAnswer, PollsState } from './types';

export function findPoll(polls: PollsState, id: string): Poll | undefined {
  return polls.polls.find((p) => p.id === id);
}

/** The poll phones switch to: the open one (opening a poll closes the others). */
export function openPoll(polls: PollsState): Poll | undefined {
  return polls.polls.find((p) => p.status === 'open');
}

export function pollsOfItem(polls: PollsState, itemId: string | null): Poll[] {
  return polls.polls.filter((p) => p.itemId === itemId);
}

export function answerOf(poll: Poll, participantId: string): PollAnswer | null {
  return ownValue(poll.answers, participantId)?.answer ?? null;
}

export function timesAnswered(poll: Poll, participantId: string): number {
  return ownValue(poll.answers, participantId)?.times ?? 0;
}

/** Results are for everyone once the poll is closed, or while it runs when the poll says so; the facilitator always. */
export function canSeeResults(actor: Actor | null | undefined, poll: Poll): boolean {
  if (actor?.role === 'facilitator') return true;
  return poll.status === 'closed' || (poll.status === 'open' && poll.resultsLive);
}
