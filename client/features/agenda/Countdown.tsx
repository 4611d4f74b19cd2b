import { countdown } from '../../../shared/agenda/whereWeAre';
import { useT } from '../../i18n';

/** Time left on the server's clock; past the end it counts overtime up instead of sticking at zero. */
export function Countdown({ endsAt, now }: { endsAt: number; now: number }) {
  const t = useT();
  const { text, overtime, seconds } = countdown(endsAt, now);
  return (
    <span className={`countdown${overtime ? ' countdown-over' : ''}`} data-testid="countdown" data-seconds={seconds} role="timer">
      <span className="countdown-time">{text}</span> <span className="countdown-label">{t(overtime ? 'agenda.overtime' : 'agenda.left')}</span>
    </span>
  );
}
