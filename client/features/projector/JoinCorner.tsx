import { JoinQr } from '../../components/JoinQr';
import { useT } from '../../i18n';
import { useApp } from '../../store/appStore';

/** The way in: QR, address and code; small in a corner while the board is up, large when the facilitator asks. */
export function JoinCorner({ joinCode, size }: { joinCode: string; size: 'corner' | 'side' | 'large' }) {
  const t = useT();
  const joinUrl = useApp((s) => s.joinUrl);
  const host = joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '');
  return (
    <aside className={`pjoin pjoin-${size}`} data-testid={`join-${size}`} aria-label={t('facilitator.joinHeading')}>
      <JoinQr joinCode={joinCode} size={size === 'corner' ? 160 : 480} />
      <div className="pjoin-text">
        <p>
          {t('projector.joinAt')} <strong>{host}</strong> {t('projector.withCode')}
        </p>
        <p className="projector-code" data-testid="projector-code">
          {joinCode}
        </p>
      </div>
    </aside>
  );
}
