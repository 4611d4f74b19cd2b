// What the phone shows later than its first screen (the questions, polls, the board's results, editing an idea)
// loads after that screen, so a phone's first load does not carry it.
import { lazy } from 'react';

const loadQuestions = () => import('../questions/QuestionsPhone');
const loadPoll = () => import('../polls/PollPhone');
const loadResults = () => import('../board/Results');
const loadEditor = () => import('../board/IdeaEditor');

export const QuestionsPhone = lazy(() => loadQuestions().then((m) => ({ default: m.QuestionsPhone })));
export const PollPhone = lazy(() => loadPoll().then((m) => ({ default: m.PollPhone })));
export const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })));
export const IdeaEditor = lazy(() => loadEditor().then((m) => ({ default: m.IdeaEditor })));

/**
 * Fetched as soon as the phone has joined, not when a poll opens: otherwise every phone in the room would ask for
 * the chunk at the same moment, on the venue's Wi-Fi, just as the facilitator opens the poll.
 */
export function preloadPhoneParts(): void {
  for (const load of [loadQuestions, loadPoll, loadResults, loadEditor]) void load().catch(() => {});
}
