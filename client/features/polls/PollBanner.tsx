import './polls.css';
import type { Poll } from '../../../shared/poll/types';
import { useT } from '../../i18n';

/** Shown on a phone that went back from the open poll: the way into it again. */
export function PollBanner({ poll, onOpen }: { poll: Poll; onOpen: () => void }) {
  const t = useT();
  return (
    <div className="poll-banner" role="status" data-testid="poll-banner">
      <span>{t('polls.backToPoll', { question: poll.question })}</span>
      <button type="button" className="primary" onClick={onOpen} data-testid="poll-return">
        {t('polls.answerNow')}
      </button>
    </div>
  );
}
