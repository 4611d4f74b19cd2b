import { zonedClock } from '../../../shared/time';
import { useT } from '../../i18n';
import { Countdown } from '../agenda/Countdown';
import { useDayPosition } from '../agenda/useAgenda';

/** Now, its countdown and Next in one line, so the board below gets the screen. */
export function ProjectorStrip() {
  const t = useT();
  const { current, next, endsAt, stage, now } = useDayPosition();
  return (
    <div className="pstrip-agenda" data-testid="now-next" data-stage={stage}>
      <p className="pstrip-now" data-testid="now">
        <span className="eyebrow">{t('agenda.now')}</span>{' '}
        <span className="pstrip-title" data-testid="now-title">
          {current && endsAt !== null
            ? current.kind === 'break'
              ? t('agenda.breakResumes', { title: current.title, time: zonedClock(endsAt) })
              : current.title
            : t(`agenda.${stage === 'running' ? 'between' : stage}`)}
        </span>
      </p>
      {current && endsAt !== null && <Countdown endsAt={endsAt} now={now} />}
      {next && (
        <p className="pstrip-next" data-testid="next">
          <span className="eyebrow">{t('agenda.next')}</span> <span className="pstrip-title">{next.title}</span>{' '}
          <span className="pstrip-at">{t('agenda.at', { time: zonedClock(next.start) })}</span>
        </p>
      )}
    </div>
  );
}
