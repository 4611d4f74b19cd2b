import './polls.css';
import { type FormEvent, useState } from 'react';
import type { Poll } from '../../../shared/poll/types';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { AnswerInputs } from './AnswerInputs';
import { answerPayload, draftOf } from './answerPayload';
import { useMyAnswer } from './usePolls';

/** The open poll, full screen on a phone, with a way back to what the phone was showing. */
export function PollPhone({ poll, onBack }: { poll: Poll; onBack: () => void }) {
  const t = useT();
  const mine = useMyAnswer(poll);
  const [draft, setDraft] = useState(() => draftOf(mine));
  const [busy, setBusy] = useState(false);
  const { run, error } = useCommand();
  const payload = answerPayload(poll, draft);
  const saved = mine !== null && payload !== null && JSON.stringify(draftOf(mine)) === JSON.stringify(draftOf(answerFrom(payload)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!payload || busy) return;
    setBusy(true);
    await run('poll:answer', payload);
    setBusy(false);
  };

  return (
    <section className="card poll-phone" data-testid="poll-phone" data-poll={poll.id}>
      <button type="button" className="link-button back" onClick={onBack} data-testid="poll-back">
        {t('polls.back')}
      </button>
      <p className="muted small">{t(`polls.kind.${poll.kind}`)}</p>
      <h2 data-testid="poll-question">{poll.question}</h2>
      <form onSubmit={submit}>
        <AnswerInputs poll={poll} draft={draft} onChange={setDraft} />
        <button type="submit" className="primary wide" disabled={!payload || busy || saved} data-testid="poll-send">
          {busy ? t('polls.sending') : mine ? t('polls.change') : t('polls.send')}
        </button>
      </form>
      {saved && (
        <p className="ok" role="status" data-testid="poll-saved">
          {t('polls.saved')}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="poll-error">
          {t(errorKey(error, { wrong_phase: 'polls.closedNow', limit_reached: 'polls.tooManyChanges', timeout: 'polls.timeout' }))}
        </p>
      )}
    </section>
  );
}

function answerFrom(payload: NonNullable<ReturnType<typeof answerPayload>>) {
  const { pollId: _pollId, ...answer } = payload;
  return answer as Parameters<typeof draftOf>[0];
}
