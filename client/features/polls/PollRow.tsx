import type { Poll } from '../../../shared/poll/types';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';
import { PollResults } from './PollResults';
import { WordRules } from './WordRules';

/** One poll in the console: its state and the facilitator's buttons; results open below it once it has run. */
export function PollRow({ poll, itemTitle, presented }: { poll: Poll; itemTitle: string; presented: boolean }) {
  const t = useT();
  const { run, error } = useCommand();
  const remove = () => {
    if (window.confirm(t('polls.confirmDelete'))) void run('poll:delete', { id: poll.id });
  };
  return (
    <article className={`poll-row status-${poll.status}`} data-testid="console-poll" data-poll={poll.id} data-status={poll.status}>
      <div className="row">
        <strong className="poll-row-question">{poll.question}</strong>
        <span className="badge">{t(`polls.kind.${poll.kind}`)}</span>
        <span className={`badge badge-${poll.status}`}>{t(`polls.status.${poll.status}`)}</span>
        {presented && <span className="badge badge-highlight">{t('polls.onProjector')}</span>}
      </div>
      <p className="muted small">{itemTitle}</p>
      <div className="row">
        {poll.status !== 'open' ? (
          <button type="button" className="primary" onClick={() => run('poll:open', { id: poll.id })} data-testid="poll-open">
            {poll.status === 'draft' ? t('polls.open') : t('polls.reopen')}
          </button>
        ) : (
          <button type="button" onClick={() => run('poll:close', { id: poll.id })} data-testid="poll-close">
            {t('polls.close')}
          </button>
        )}
        <button type="button" aria-pressed={presented} onClick={() => run('poll:present', { id: presented ? null : poll.id })} data-testid="poll-present">
          {presented ? t('polls.unpresent') : t('polls.present')}
        </button>
        <button type="button" className="danger" onClick={remove} data-testid="poll-delete">
          {t('polls.delete')}
        </button>
      </div>
      {error && <p className="error">{t(errorKey(error))}</p>}
      {poll.status !== 'draft' && <PollResults poll={poll} />}
      {poll.status !== 'draft' && poll.kind === 'words' && <WordRules poll={poll} />}
    </article>
  );
}
