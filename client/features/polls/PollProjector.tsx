import './polls.css';
import { canSeeResults } from '../../../shared/poll/polls';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';
import { PollResults } from './PollResults';
import { usePresentedPoll } from './usePolls';

/** The poll the facilitator put on the projector: its results live, or after closing if the poll says so. */
export function PollProjector() {
  const t = useT();
  const poll = usePresentedPoll();
  const actor = useApp((s) => s.actor);
  if (!poll) return null;
  return (
    <section className="projector-poll" data-testid="projector-poll" data-poll={poll.id} data-status={poll.status}>
      <p className="projector-poll-kind">
        {t('polls.live')} · {t(`polls.status.${poll.status}`)}
      </p>
      <h2>{poll.question}</h2>
      {canSeeResults(actor, poll) ? (
        <PollResults poll={poll} big />
      ) : (
        <p className="muted" data-testid="poll-results-later">
          {t('polls.afterClose')} {t('polls.respondents', { count: poll.tally.respondents })}
        </p>
      )}
    </section>
  );
}
