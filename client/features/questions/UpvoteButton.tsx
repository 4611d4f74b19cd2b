import { hasUpvoted } from '../../../shared/question/questions';
import type { Question } from '../../../shared/question/types';
import { errorKey, useT } from './strings';
import { useCommand } from '../../net/useCommand';

/** Up or back, once per question; the count changes when the server's event arrives, not before. */
export function UpvoteButton({ question, participantId }: { question: Question; participantId: string }) {
  const t = useT();
  const { run, error } = useCommand();
  const voted = hasUpvoted(question, participantId);
  return (
    <>
      <button
        type="button"
        className={voted ? 'primary upvote' : 'upvote'}
        aria-pressed={voted}
        onClick={() => run(voted ? 'question:unvote' : 'question:upvote', { questionId: question.id })}
        data-testid="upvote"
      >
        ▲ {voted ? t('questions.unvote') : t('questions.upvote')}
      </button>
      {error && (
        <span className="error" role="alert">
          {t(errorKey(error, { limit_reached: 'questions.alreadyVoted', wrong_phase: 'questions.notOpen', timeout: 'questions.timeout' }))}
        </span>
      )}
    </>
  );
}
