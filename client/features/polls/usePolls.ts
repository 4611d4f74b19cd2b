import { answerOf, findPoll, openPoll } from '../../../shared/poll/polls';
import type { Poll, PollAnswer, PollsState } from '../../../shared/poll/types';
import { useApp } from '../../store/appStore';

const noPolls: PollsState = { polls: [], presentedId: null, wordRules: [] };

export function usePolls(): PollsState {
  return useApp((s) => s.session?.polls ?? noPolls);
}

/** The poll phones switch to. */
export function useOpenPoll(): Poll | undefined {
  return openPoll(usePolls());
}

export function usePresentedPoll(): Poll | undefined {
  const polls = usePolls();
  return polls.presentedId ? findPoll(polls, polls.presentedId) : undefined;
}

/** This phone's own answer, as the server stored it. */
export function useMyAnswer(poll: Poll | undefined): PollAnswer | null {
  const me = useApp((s) => (s.actor?.role === 'participant' ? s.actor.participantId : null));
  return poll && me ? answerOf(poll, me) : null;
}
