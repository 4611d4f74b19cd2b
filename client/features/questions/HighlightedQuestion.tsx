import './questions.css';
import { findQuestion } from '../../../shared/question/questions';
import { useT } from './strings';
import { useQuestionsState } from './useQuestions';

/** The question the facilitator put on the projector, full screen, over everything else. */
export function HighlightedQuestion() {
  const t = useT();
  const state = useQuestionsState();
  const question = state.highlightedId ? findQuestion(state, state.highlightedId) : undefined;
  if (!question) return null;
  return (
    <div className="highlighted-question" role="dialog" aria-label={t('questions.onProjector')} data-testid="highlighted-question" data-id={question.id}>
      <p className="highlighted-text">{question.text}</p>
      <p className="highlighted-votes">▲ {question.votes === 1 ? t('questions.oneVote') : t('questions.votes', { count: question.votes })}</p>
    </div>
  );
}
