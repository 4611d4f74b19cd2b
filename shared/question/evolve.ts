import { withEntry } from '../records';
import { updateById } from '../byId';
import type { EvolverMap } from '../evolve';
import type { SessionState } from '../state';
import type { QuestionEvent } from './events';
import type { Question, QuestionsState } from './types';

const onQuestions = (state: SessionState, change: (q: QuestionsState) => QuestionsState): SessionState => ({
  ...state,
  questions: change(state.questions),
});

const updateQuestion = (qs: QuestionsState, id: string, update: (q: Question) => Question): QuestionsState => ({
  ...qs,
  questions: updateById(qs.questions, id, update),
});

function withoutFirst(list: string[], value: string): string[] {
  const index = list.indexOf(value);
  return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
}

export const questionEvolvers: EvolverMap<QuestionEvent> = {
  'question:asked': (s, e) =>
    onQuestions(s, (qs) => (qs.questions.some((q) => q.id === e.question.id) ? qs : { ...qs, questions: [...qs.questions, e.question] })),
  'question:upvoted': (s, e) =>
    onQuestions(s, (qs) =>
      updateQuestion(qs, e.questionId, (q) => ({
        ...q,
        votes: q.votes + 1,
        voters: e.participantId === undefined ? q.voters : [...q.voters, e.participantId],
      })),
    ),
  'question:unvoted': (s, e) =>
    onQuestions(s, (qs) =>
      updateQuestion(qs, e.questionId, (q) => ({
        ...q,
        votes: Math.max(0, q.votes - 1),
        // One entry out, not every equal one: a scrubbed log holds several anonymous voters under one id.
        voters: e.participantId === undefined ? q.voters : withoutFirst(q.voters, e.participantId),
      })),
    ),
  'question:merged': (s, e) =>
    onQuestions(s, (qs) => updateQuestion({ ...qs, questions: qs.questions.filter((q) => q.id !== e.sourceId) }, e.targetId, (q) => ({ ...q, votes: e.votes, voters: e.voters }))),
  'question:moderated': (s, e) => onQuestions(s, (qs) => updateQuestion(qs, e.questionId, (q) => ({ ...q, ...e.changes }))),
  'question:highlighted': (s, e) => onQuestions(s, (qs) => ({ ...qs, highlightedId: e.questionId })),
  'question:enabled': (s, e) => onQuestions(s, (qs) => ({ ...qs, enabled: withEntry(qs.enabled, e.itemId, e.enabled) })),
  'question:settingsChanged': (s, e) => onQuestions(s, (qs) => ({ ...qs, requireApproval: e.requireApproval })),
};
