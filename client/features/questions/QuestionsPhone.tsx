import './questions.css';
import { useState } from 'react';
import { questionsEnabled, questionStatus, type QuestionOrder, sortQuestions } from '../../../shared/question/questions';
import { Segmented } from '../../components/Segmented';
import { useT } from './strings';
import { useDayPosition } from '../agenda/useAgenda';
import { useMyParticipantId } from '../board/useBoard';
import { AskForm } from './AskForm';
import { ItemPicker } from './ItemPicker';
import { QuestionCard } from './QuestionCard';
import { UpvoteButton } from './UpvoteButton';
import { useItemQuestions, useQuestionItem, useQuestionItems, useQuestionsState } from './useQuestions';

const orders = ['votes', 'newest'] as const;

/** The reaction bar rides in this chunk (features/join/lazyPhoneParts.ts). */
export { ReactionBar } from '../reactions/ReactionBar';

/** The current talk's questions on a phone: ask, upvote, sort; earlier talks can be picked and read. */
export function QuestionsPhone() {
  const t = useT();
  const [picked, setPicked] = useState<string | null>(null);
  const [order, setOrder] = useState<QuestionOrder>('votes');
  const items = useQuestionItems();
  const questionsState = useQuestionsState();
  const { item, isCurrent } = useQuestionItem(picked);
  const followed = useQuestionItem(null);
  const { current } = useDayPosition(1000);
  const me = useMyParticipantId();
  const list = sortQuestions(useItemQuestions(item?.id ?? null), order);
  if (items.length === 0) return null;
  const open = item ? questionsEnabled(questionsState, item) : false;

  return (
    <section className="card questions-phone" data-testid="questions-phone" data-item={item?.id ?? ''}>
      <h2>{t('questions.title')}</h2>
      <ItemPicker items={items} value={picked} onChange={setPicked} currentId={current?.id ?? null} testId="question-item" following={followed} />
      {item ? (
        <h3 data-testid="questions-item-title">
          {!picked && !isCurrent && <span className="muted small">{t('questions.upcoming')} </span>}
          {item.title}
        </h3>
      ) : (
        <p className="muted">{t('questions.noItem')}</p>
      )}
      {item && (open ? <AskForm key={item.id} itemId={item.id} /> : <p className="muted">{t('questions.closed')}</p>)}
      {item && list.length > 0 && (
        <Segmented
          options={orders}
          value={order}
          onChange={setOrder}
          label={t('questions.sort')}
          optionLabel={(o) => t(`questions.sort.${o}`)}
          testIdPrefix="question-sort-"
        />
      )}
      {item && list.length === 0 && open && <p className="muted">{t('questions.none')}</p>}
      <div className="question-list" data-testid="question-list">
        {list.map((q) => (
          <QuestionCard key={q.id} question={q} mine={q.authorId !== null && q.authorId === me}>
            {me && open && q.authorId !== me && questionStatus(q) === 'open' && <UpvoteButton question={q} participantId={me} />}
          </QuestionCard>
        ))}
      </div>
    </section>
  );
}
