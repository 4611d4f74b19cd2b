// What the phone shows later than its first screen (the questions, polls, the board's results, editing an idea,
// the whole programme, an idea's optional fields, the reaction bar, dots, the list of writes on their way, the word
// about the other sectors while voting, changing one's name, the screens once forgotten or gone, the note on an
// archived workshop, the tables) loads after that screen, so a phone's first load does not carry it.
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
const loadEditor = untilLoaded(() => import('../board/IdeaEditor'));
const loadResults = untilLoaded(() => import('../board/Results'));
const loadLater = untilLoaded(() => import('./phoneLater'));
const loadProgramme = untilLoaded(() => import('../agenda/ProgrammeList'));
const loadTables = untilLoaded(() => import('../tables/TableBoard'));

export const QuestionsPhone = lazy(() => loadQuestions().then((m) => ({ default: m.QuestionsPhone })));
export const PollPhone = lazy(() => loadPoll().then((m) => ({ default: m.PollPhone })));
export const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })));
export const IdeaEditor = lazy(() => loadEditor().then((m) => ({ default: m.IdeaEditor })));
export const OutboxStatus = lazy(() => loadLater().then((m) => ({ default: m.OutboxStatus })));
export const VoteControls = lazy(() => loadLater().then((m) => ({ default: m.VoteControls })));
export const ForgetMe = lazy(() => loadLater().then((m) => ({ default: m.ForgetMe })));
export const Forgotten = lazy(() => loadLater().then((m) => ({ default: m.Forgotten })));
export const DotsLeft = lazy(() => loadLater().then((m) => ({ default: m.DotsLeft })));
export const OtherSectors = lazy(() => loadLater().then((m) => ({ default: m.OtherSectors })));
export const ProgrammeList = lazy(() => loadProgramme().then((m) => ({ default: m.ProgrammeList })));
/** With the questions' chunk, which every phone fetches once joined: a chunk of its own would cost the first load. */
export const ReactionBar = lazy(() => loadQuestions().then((m) => ({ default: m.ReactionBar })));
export const IdeaDetailFields = lazy(() => loadLater().then((m) => ({ default: m.IdeaDetailFields })));
export const RenameForm = lazy(() => loadLater().then((m) => ({ default: m.RenameForm })));
export const TableBoard = lazy(() => loadTables().then((m) => ({ default: m.TableBoard })));
export const SessionGone = lazy(() => loadLater().then((m) => ({ default: m.SessionGone })));
export const ArchivedNote = lazy(() => loadLater().then((m) => ({ default: m.ArchivedNote })));

/**
 * Fetched as soon as the phone has joined, not when a poll opens: otherwise every phone in the room would ask for
 * the chunk at the same moment, on the venue's Wi-Fi, just as the facilitator opens the poll.
 */
export function preloadPhoneParts(): void {
  for (const load of [loadQuestions, loadPoll, loadResults, loadEditor, loadLater, loadProgramme, loadTables]) void load();
}
