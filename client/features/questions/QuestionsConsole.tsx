import './questions.css';
import { useState } from 'react';
import { questionsEnabled, type QuestionOrder, sortQuestions } from '../../../shared/question/questions';
import { Segmented } from '../../components/Segmented';
import { errorKey, useT } from './strings';
import { useCommand } from '../../net/useCommand';
import { useApp } from '../../store/appStore';
import { useDayPosition } from '../agenda/useAgenda';
import { LazySimilarQuestions } from '../similar/lazySimilar';
import { ItemPicker } from './ItemPicker';
import { ModerationControls } from './ModerationControls';
import { QuestionCard } from './QuestionCard';
import { useItemQuestions, useQuestionItem, useQuestionsState } from './useQuestions';

const orders = ['votes', 'newest'] as const;

/** Questions per programme item for the facilitator or a moderator at the speaker's side. */
export function QuestionsConsole() {
  const t = useT();
  const [picked, setPicked] = useState<string | null>(null);
  const [order, setOrder] = useState<QuestionOrder>('votes');
  const items = useApp((s) => s.session?.agenda.items ?? []);
  const state = useQuestionsState();
  const { item } = useQuestionItem(picked);
  const { current } = useDayPosition(1000);
  const list = sortQuestions(useItemQuestions(item?.id ?? null), order);
  const { run, error } = useCommand();
  const open = item ? questionsEnabled(state, item) : false;
  // Only the facilitator may open questions or require approval (shared/commandRoles.ts); a moderator sees neither.
  const facilitates = useApp((s) => s.actor?.role === 'facilitator');

  return (
    <section className="card questions-console" data-testid="questions-console">
      <header className="row">
        <h2 id="questions-heading">{t('questions.title')}</h2>
        <span className="muted">{t('questions.count', { count: list.length })}</span>
      </header>
      <div className="row toolbar">
        <ItemPicker items={items} value={picked} onChange={setPicked} currentId={current?.id ?? null} testId="console-question-item" />
        {facilitates && item && (
          <label className="check">
            <input type="checkbox" checked={open} onChange={(e) => run('question:enable', { itemId: item.id, enabled: e.target.checked })} data-testid="take-questions" />
            {t('questions.take')}
          </label>
        )}
        {facilitates && (
          <label className="check">
            <input type="checkbox" checked={state.requireApproval} onChange={(e) => run('question:settings', { requireApproval: e.target.checked })} data-testid="require-approval" />
            {t('questions.requireApproval')}
          </label>
        )}
        <Segmented options={orders} value={order} onChange={setOrder} label={t('questions.sort')} optionLabel={(o) => t(`questions.sort.${o}`)} testIdPrefix="console-question-sort-" />
      </div>
      {error && <p className="error">{t(errorKey(error))}</p>}
      {item && <h3>{item.title}</h3>}
      {item && <LazySimilarQuestions itemId={item.id} />}
      <div className="question-list" data-testid="console-question-list">
        {list.map((q) => (
          <QuestionCard key={q.id} question={q}>
            <ModerationControls question={q} highlighted={state.highlightedId === q.id} />
          </QuestionCard>
        ))}
      </div>
    </section>
  );
}
