import { hasUpvoted } from '../../../shared/question/questions';
import type { Question } from '../../../shared/question/types';
import { errorKey, useT } from './strings';
import { enqueue, retry, usePending } from '../../net/outbox';

/**
 * Up or back, once per question. The tap goes to the outbox; the button shows what was tapped at once, marked as on
 * its way, and the count changes when the server's event arrives, not before.
 */
export function UpvoteButton({ question, participantId }: { question: Question; participantId: string }) {
  const t = useT();
  const pending = usePending((e) => (e.name === 'question:upvote' || e.name === 'question:unvote') && e.payload.questionId === question.id);
  const stored = hasUpvoted(question, participantId);
  const voted = pending && pending.status !== 'failed' ? pending.name === 'question:upvote' : stored;
  const tap = () => enqueue({ name: voted ? 'question:unvote' : 'question:upvote', payload: { questionId: question.id } });
  return (
    <>
      <button type="button" className={voted ? 'primary upvote' : 'upvote'} aria-pressed={voted} onClick={tap} data-testid="upvote" data-pending={(pending && pending.status !== 'failed') || undefined}>
        ▲ {voted ? t('questions.unvote') : t('questions.upvote')}
      </button>
      {pending && pending.status !== 'failed' && (
        <span className="muted small" role="status">
          {t('questions.upvoteWaiting')}
        </span>
      )}
      {pending?.status === 'failed' && pending.code && (
        <span className="error" role="alert">
          {t('outbox.notSent')} {t(errorKey(pending.code, { wrong_phase: 'questions.notOpen' }))}{' '}
          <button type="button" className="link-button" onClick={() => retry(pending.id)}>
            {t('outbox.retry')}
          </button>
        </span>
      )}
    </>
  );
}
