import { nanoid } from 'nanoid';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import { findQuestion } from '../../../shared/question/questions';
import { errorKey, useT } from './strings';
import { enqueue, retry, useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { useQuestionsState } from './useQuestions';

/**
 * Ask the speaker of `itemId`. The question goes to the outbox with its own id, so sending it again stays one
 * question; "received" is said only once the server has acknowledged it.
 */
export function AskForm({ itemId }: { itemId: string }) {
  const t = useT();
  const { requireApproval } = useQuestionsState();
  const [text, setText] = useState('');
  const [full, setFull] = useState(false);
  const entries = useOutbox((s) => s.entries);
  const [lastAsked, setLastAsked] = useState<string | null>(null);
  // "Received" once the server's event has brought the question back: the session holds it, the outbox does not.
  const received = useApp((s) => lastAsked !== null && !!s.session && findQuestion(s.session.questions, lastAsked) !== undefined);
  const online = useApp((s) => s.connection === 'online');
  const mine = entries.filter((e) => e.name === 'question:ask' && e.payload.itemId === itemId);
  const sent = received && !mine.some((e) => e.id === lastAsked);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const id = nanoid();
    const kept = enqueue({ name: 'question:ask', payload: { id, itemId, text: text.trim() } });
    setFull(!kept);
    if (!kept) return;
    setText('');
    setLastAsked(id);
  };

  return (
    <form className="ask-form" onSubmit={submit} data-testid="ask-form">
      <label>
        {t('questions.askLabel')}
        <textarea value={text} maxLength={limits.questionText} rows={3} placeholder={t('questions.askPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="question-text" />
      </label>
      <div className="row">
        <span className="muted small">{t('questions.chars', { count: text.length })}</span>
        <button type="submit" className="primary" disabled={!text.trim()} data-testid="ask">
          {t('questions.ask')}
        </button>
      </div>
      <p className="muted small">{t('questions.anonymous')}</p>
      {full && (
        <p className="error" role="alert">
          {t('outbox.full')}
        </p>
      )}
      {mine.map((entry) =>
        entry.status === 'failed' && entry.code ? (
          <p key={entry.id} className="error" role="alert" data-testid="ask-error">
            {t('outbox.notSent')} {t(errorKey(entry.code, { limit_reached: 'questions.tooMany', wrong_phase: 'questions.itemClosed' }))}{' '}
            <button type="button" className="link-button" onClick={() => retry(entry.id)}>
              {t('outbox.retry')}
            </button>
          </p>
        ) : (
          <p key={entry.id} className="muted" role="status" data-testid="ask-pending">
            {entry.status === 'sending' && online ? t('questions.asking') : t('outbox.waiting')}
          </p>
        ),
      )}
      {sent && (
        <p className="ok" role="status" data-testid="asked">
          {requireApproval ? t('questions.askedPending') : t('questions.asked')}
        </p>
      )}
    </form>
  );
}
