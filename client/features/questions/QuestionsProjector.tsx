import './questions.css';
import { topQuestions } from '../../../shared/question/questions';
import { useT } from './strings';
import { useDayPosition } from '../agenda/useAgenda';
import { useQuestionsState } from './useQuestions';

const ON_SCREEN = 5;

/** The current talk's top questions while it runs. */
export function QuestionsProjector() {
  const t = useT();
  const state = useQuestionsState();
  const { current } = useDayPosition(1000);
  if (!current) return null;
  const top = topQuestions(state, current.id, ON_SCREEN);
  if (top.length === 0) return null;
  return (
    <section className="projector-questions" data-testid="projector-questions">
      <h2>{t('questions.top', { title: current.title })}</h2>
      <ol>
        {top.map((q) => (
          <li key={q.id} data-testid="projector-question" data-id={q.id}>
            <span className="question-text">{q.text}</span>
            <span className="question-votes">▲ {q.votes}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
