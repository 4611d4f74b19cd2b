import { zonedClock } from '../../../shared/time';
import { useT } from '../../i18n';
import { Countdown } from '../agenda/Countdown';
import { useDayPosition } from '../agenda/useAgenda';

/**
 * Now with its countdown on one line, Next whole on the line below (never cut off: the back row reads when to be
 * back), at the time console and phones show, so the list below gets the rest of the screen.
 */
export function ProjectorStrip() {
  const t = useT();
  const { current, next, endsAt, nextAt, stage, now } = useDayPosition();
  return (
    <div className="pstrip-agenda" data-testid="now-next" data-stage={stage}>
      <div className="pstrip-line">
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
      </div>
      {next && (
        <p className="pstrip-next" data-testid="next">
          <span className="eyebrow">{t('agenda.next')}</span> <span className="pstrip-title">{next.title}</span>{' '}
          <span className="pstrip-at" data-testid="next-at">
            {t('agenda.at', { time: zonedClock(nextAt ?? next.start) })}
          </span>
        </p>
      )}
    </div>
  );
}
