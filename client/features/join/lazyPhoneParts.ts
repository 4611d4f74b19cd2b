// The phone's questions and poll screens load after the first screen, so a phone's first load does not carry them.
import { lazy } from 'react';

const loadQuestions = () => import('../questions/QuestionsPhone');
const loadPoll = () => import('../polls/PollPhone');

export const QuestionsPhone = lazy(() => loadQuestions().then((m) => ({ default: m.QuestionsPhone })));
export const PollPhone = lazy(() => loadPoll().then((m) => ({ default: m.PollPhone })));

/**
 * Fetched as soon as the phone has joined, not when a poll opens: otherwise every phone in the room would ask for
 * the chunk at the same moment, on the venue's Wi-Fi, just as the facilitator opens the poll.
 */
export function preloadPhoneParts(): void {
  void loadQuestions().catch(() => {});
  void loadPoll().catch(() => {});
}
