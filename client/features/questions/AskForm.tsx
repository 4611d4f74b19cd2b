import { nanoid } from 'nanoid';
import { type FormEvent, useState } from 'react';
import { limits } from '../../../shared/limits';
import { errorKey, useT } from './strings';
import { useCommand } from '../../net/useCommand';
import { useQuestionsState } from './useQuestions';

/** Ask the speaker of `itemId`. The id is made once per text, so a retried send stays one question. */
export function AskForm({ itemId }: { itemId: string }) {
  const t = useT();
  const { requireApproval } = useQuestionsState();
  const [text, setText] = useState('');
  const [id, setId] = useState(() => nanoid());
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const { run, error } = useCommand();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    const ok = await run('question:ask', { id, itemId, text: text.trim() });
    setBusy(false);
    setSent(ok);
    if (ok) {
      setText('');
      setId(nanoid());
    }
  };

  return (
    <form className="ask-form" onSubmit={submit} data-testid="ask-form">
      <label>
        {t('questions.askLabel')}
        <textarea
          value={text}
          maxLength={limits.questionText}
          rows={3}
          placeholder={t('questions.askPlaceholder')}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
          }}
          data-testid="question-text"
        />
      </label>
      <div className="row">
        <span className="muted small">{t('questions.chars', { count: text.length })}</span>
        <button type="submit" className="primary" disabled={busy || !text.trim()} data-testid="ask">
          {busy ? t('questions.asking') : t('questions.ask')}
        </button>
      </div>
      <p className="muted small">{t('questions.anonymous')}</p>
      {sent && (
        <p className="ok" role="status" data-testid="asked">
          {requireApproval ? t('questions.askedPending') : t('questions.asked')}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="ask-error">
          {t(errorKey(error, { limit_reached: 'questions.tooMany', wrong_phase: 'questions.itemClosed', timeout: 'questions.timeout' }))}
        </p>
      )}
    </form>
  );
}
