import './questions.css';
import { useMemo } from 'react';
import { topQuestions } from '../../../shared/question/questions';
import type { Question } from '../../../shared/question/types';
import { PagedColumns, type Column } from '../projector/PagedColumns';
import { useT } from './strings';
import { useDayPosition } from '../agenda/useAgenda';
import { useQuestionsState } from './useQuestions';

/** Every open question of the talk on now, most upvoted first, in pages that fit the screen as the board's do. */
export function QuestionsProjector() {
  const t = useT();
  const state = useQuestionsState();
  const { current } = useDayPosition(1000);
  const columns = useMemo<Column<Question>[]>(() => {
    const ranked = current ? topQuestions(state, current.id, Number.MAX_SAFE_INTEGER) : [];
    return [{ key: 'questions', className: 'pquestions', header: null, blocks: ranked.map((q) => ({ key: q.id, kind: 'item' as const, value: q })) }];
  }, [state, current]);
  if (!current) return null;
  return (
    <PagedColumns
      columns={columns}
      showKey={null}
      testId="projector-questions"
      title={<h2>{t('questions.top', { title: current.title })}</h2>}
      renderBlock={({ value: q }) => (
        <div className="pquestion" data-testid="projector-question" data-id={q.id}>
          <span className="question-text">{q.text}</span>
          <span className="question-votes">▲ {q.votes}</span>
        </div>
      )}
    />
  );
}
