import './questions.css';
import type { ReactNode } from 'react';
import { questionStatus } from '../../../shared/question/questions';
import type { Question } from '../../../shared/question/types';
import { useT } from './strings';

/** One question with its votes and state; controls (upvote, moderation) come in as children. */
export function QuestionCard({ question, mine = false, children }: { question: Question; mine?: boolean; children?: ReactNode }) {
  const t = useT();
  const status = questionStatus(question);
  return (
    <article className={`question-card status-${status}`} data-testid="question" data-id={question.id} data-votes={question.votes} data-status={status}>
      <p className="question-text">{question.text}</p>
      <div className="row question-meta">
        <span className="question-votes" data-testid="question-votes">
          ▲ {question.votes === 1 ? t('questions.oneVote') : t('questions.votes', { count: question.votes })}
        </span>
        {mine && <span className="badge">{t('questions.mine')}</span>}
        {status !== 'open' && <span className={`badge badge-${status}`}>{t(`questions.status.${status}`)}</span>}
        {children}
      </div>
    </article>
  );
}
