// What the phone shows later than its first screen (the questions, polls, the board's results, editing an idea,
// the whole programme, an idea's optional fields, dots, the list of writes on their way, the word about the other sectors while voting)
// loads after that screen, so a phone's first load does not carry it.
import { lazy } from 'react';
import { CHUNK_RETRY_MS } from '../../tuning';

/**
 * A chunk that fails to load (the venue's Wi-Fi dropped, the server restarts) is asked for again until it comes:
 * a lazy component whose import rejects would take the whole phone's screen down with it.
 */
export function untilLoaded<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const attempt = (): Promise<T> => load().catch(() => new Promise((retry) => setTimeout(retry, CHUNK_RETRY_MS)).then(attempt));
  return () => (loading ??= attempt());
}

const loadQuestions = untilLoaded(() => import('../questions/QuestionsPhone'));
const loadPoll = untilLoaded(() => import('../polls/PollPhone'));
const loadResults = untilLoaded(() => import('../board/Results'));
const loadEditor = untilLoaded(() => import('../board/IdeaEditor'));
const loadOutbox = untilLoaded(() => import('../outbox/OutboxStatus'));
const loadVoting = untilLoaded(() => import('../board/VoteControls'));
const loadForget = untilLoaded(() => import('../privacy/ForgetMe'));
const loadOtherSectors = untilLoaded(() => import('../board/OtherSectors'));
const loadDetailFields = untilLoaded(() => import('../board/IdeaDetailFields'));
const loadProgramme = untilLoaded(() => import('../agenda/ProgrammeList'));

export const QuestionsPhone = lazy(() => loadQuestions().then((m) => ({ default: m.QuestionsPhone })));
export const PollPhone = lazy(() => loadPoll().then((m) => ({ default: m.PollPhone })));
export const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })));
export const IdeaEditor = lazy(() => loadEditor().then((m) => ({ default: m.IdeaEditor })));
export const OutboxStatus = lazy(() => loadOutbox().then((m) => ({ default: m.OutboxStatus })));
export const VoteControls = lazy(() => loadVoting().then((m) => ({ default: m.VoteControls })));
export const ForgetMe = lazy(() => loadForget().then((m) => ({ default: m.ForgetMe })));
export const DotsLeft = lazy(() => loadVoting().then((m) => ({ default: m.DotsLeft })));
export const OtherSectors = lazy(() => loadOtherSectors().then((m) => ({ default: m.OtherSectors })));
export const ProgrammeList = lazy(() => loadProgramme().then((m) => ({ default: m.ProgrammeList })));
export const IdeaDetailFields = lazy(() => loadDetailFields().then((m) => ({ default: m.IdeaDetailFields })));

/**
 * Fetched as soon as the phone has joined, not when a poll opens: otherwise every phone in the room would ask for
 * the chunk at the same moment, on the venue's Wi-Fi, just as the facilitator opens the poll.
 */
export function preloadPhoneParts(): void {
  for (const load of [loadQuestions, loadPoll, loadResults, loadEditor, loadOutbox, loadVoting, loadForget, loadOtherSectors, loadDetailFields, loadProgramme]) void load();
}
