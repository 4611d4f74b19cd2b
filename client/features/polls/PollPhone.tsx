import './laterStrings';
import './polls.css';
import '../outbox/strings';
import { type FormEvent, useState } from 'react';
import type { Poll } from '../../../shared/poll/types';
import { errorKey, useT } from '../../i18n';
import { enqueue, retry, usePending } from '../../net/outbox';
import { useApp } from '../../store/appStore';
import { AnswerInputs } from './AnswerInputs';
import { answerPayload, draftOf } from './answerPayload';
import { useMyAnswer } from './usePolls';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The open poll, full screen on a phone, with a way back to what the phone was showing. An answer goes to the
 * outbox: "saved" is said only once the server holds it, "waiting" while it is on its way (also after a reload).
 */
export function PollPhone({ poll, onBack }: { poll: Poll; onBack: () => void }) {
  const t = useT();
  const mine = useMyAnswer(poll);
  const pending = usePending((e) => e.name === 'poll:answer' && e.payload.pollId === poll.id);
  const pendingPayload = pending?.name === 'poll:answer' ? pending.payload : undefined;
  const [draft, setDraft] = useState(() => draftOf(pendingPayload ? answerFrom(pendingPayload) : mine));
  const online = useApp((s) => s.connection === 'online');
  const payload = answerPayload(poll, draft);
  const saved = !pending && mine !== null && payload !== null && same(draftOf(mine), draftOf(answerFrom(payload)));
  const onItsWay = pending && pending.status !== 'failed' && same(pendingPayload, payload);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (payload) enqueue({ name: 'poll:answer', payload });
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
        <button type="submit" className="primary wide" disabled={!payload || saved || onItsWay} data-testid="poll-send">
          {mine || pending ? t('polls.change') : t('polls.send')}
        </button>
      </form>
      {saved && (
        <p className="ok" role="status" data-testid="poll-saved">
          {t('polls.saved')}
        </p>
      )}
      {pending && pending.status !== 'failed' && (
        <p className="muted" role="status" data-testid="poll-pending">
          {pending.status === 'sending' && online ? t('polls.sending') : t('outbox.waiting')}
        </p>
      )}
      {pending?.status === 'failed' && pending.code && (
        <p className="error" role="alert" data-testid="poll-error">
          {t('outbox.notSent')} {t(errorKey(pending.code, { wrong_phase: 'polls.closedNow', limit_reached: 'polls.tooManyChanges' }))}{' '}
          <button type="button" className="link-button" onClick={() => retry(pending.id)}>
            {t('outbox.retry')}
          </button>
        </p>
      )}
    </section>
  );
}

function answerFrom(payload: NonNullable<ReturnType<typeof answerPayload>>) {
  const { pollId: _pollId, ...answer } = payload;
  return answer as Parameters<typeof draftOf>[0];
}
