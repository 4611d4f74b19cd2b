import { questionStatus } from '../../../shared/question/questions';
import type { Question } from '../../../shared/question/types';
import { errorKey, useT } from './strings';
import { useCommand } from '../../net/useCommand';

/** The facilitator's (or a moderator's) buttons on one question. */
export function ModerationControls({ question, highlighted }: { question: Question; highlighted: boolean }) {
  const t = useT();
  const { run, error } = useCommand();
  const status = questionStatus(question);
  const moderate = (change: { approved?: boolean; answered?: boolean; hidden?: boolean; highlighted?: boolean }) =>
    run('question:moderate', { questionId: question.id, ...change });
  return (
    <div className="row moderation">
      {status === 'pending' && (
        <button type="button" className="primary" onClick={() => moderate({ approved: true })} data-testid="approve">
          {t('questions.approve')}
        </button>
      )}
      {status !== 'pending' && status !== 'hidden' && (
        <button
          type="button"
          className={highlighted ? 'primary' : ''}
          aria-pressed={highlighted}
          onClick={() => moderate({ highlighted: !highlighted })}
          data-testid="highlight"
        >
          {highlighted ? t('questions.unhighlight') : t('questions.highlight')}
        </button>
      )}
      <button type="button" onClick={() => moderate({ answered: !question.answered })} data-testid="answered">
        {question.answered ? t('questions.markOpen') : t('questions.markAnswered')}
      </button>
      <button type="button" className={question.hidden ? '' : 'danger'} onClick={() => moderate({ hidden: !question.hidden })} data-testid="hide">
        {question.hidden ? t('questions.show') : t('questions.hide')}
      </button>
      {error && <span className="error">{t(errorKey(error))}</span>}
    </div>
  );
}
