import { OTHERS } from '../board/dots';
import type { QuestionsState } from './types';

/**
 * "Glem mig": their questions lose the author and their upvotes become anonymous, the counts stay. The same as
 * replaying the log with their id scrubbed to OTHERS (server/erasure.ts).
 */
export function forgetInQuestions(questions: QuestionsState, participantId: string): QuestionsState {
  if (participantId === OTHERS) return questions;
  const touched = (id: string | null) => (id === participantId ? OTHERS : id);
  return {
    ...questions,
    questions: questions.questions.map((q) =>
      q.authorId === participantId || q.voters.includes(participantId)
        ? { ...q, authorId: touched(q.authorId), voters: q.voters.map((v) => (v === participantId ? OTHERS : v)) }
        : q,
    ),
  };
}
