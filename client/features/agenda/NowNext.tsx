import { zonedClock } from '../../../shared/time';
import { useT } from '../../i18n';
import { Countdown } from './Countdown';
import { useDayPosition } from './useAgenda';

/**
 * Where the day is: the item on now with its countdown, and what comes next. Phone, console and projector share it;
 * only the facilitator needs to see how late the room runs.
 */
export function NowNext({ size = 'normal', showLate = false }: { size?: 'normal' | 'big'; showLate?: boolean }) {
  const t = useT();
  const { current, next, endsAt, nextAt, stage, now, minutesLate } = useDayPosition();
  return (
    <div className={`now-next now-next-${size}`} data-testid="now-next" data-stage={stage}>
      <section className={`now${current ? ` kind-${current.kind}` : ''}`} data-testid="now">
        <p className="eyebrow">{t('agenda.now')}</p>
        {current && endsAt !== null ? (
          <>
            <h2 data-testid="now-title">
              {current.kind === 'break' ? t('agenda.breakResumes', { title: current.title, time: zonedClock(endsAt) }) : current.title}
            </h2>
            {current.speaker && <p className="speaker">{current.speaker}</p>}
            <Countdown endsAt={endsAt} now={now} />
            {showLate && minutesLate > 0 && <p className="late">{t('agenda.late', { minutes: minutesLate })}</p>}
          </>
        ) : (
          <h2 data-testid="now-title">{t(`agenda.${stage === 'running' ? 'between' : stage}`)}</h2>
        )}
      </section>
      {next && (
        <section className="next" data-testid="next">
          <p className="eyebrow">{t('agenda.next')}</p>
          <h3>{next.title}</h3>
          <p className="muted" data-testid="next-at">
            {t('agenda.at', { time: zonedClock(nextAt ?? next.start) })}
            {next.speaker && ` · ${next.speaker}`}
          </p>
        </section>
      )}
    </div>
  );
}
