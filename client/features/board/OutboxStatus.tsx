import { errorKey, useT } from '../../i18n';
import { dismiss, useOutbox } from '../../net/outbox';
import { useApp } from '../../store/appStore';

/** Ideas this phone has written but the server has not acknowledged yet, and any it refused. */
export function OutboxStatus() {
  const t = useT();
  const entries = useOutbox((s) => s.entries);
  const online = useApp((s) => s.connection === 'online');
  if (entries.length === 0) return null;
  return (
    <ul className="outbox" data-testid="outbox">
      {entries.map((entry) => (
        <li key={entry.id} className={`outbox-entry outbox-${entry.status}`} data-status={entry.status}>
          <span className="outbox-text">{entry.payload.text.slice(0, 80)}</span>
          {entry.status === 'failed' ? (
            <>
              <span className="error" role="alert">
                {t('board.notSent')} {entry.code ? t(entry.code === 'limit_reached' ? 'board.ideaLimitReached' : errorKey(entry.code)) : ''}
              </span>
              <button type="button" className="link-button" onClick={() => dismiss(entry.id)}>
                {t('board.dismiss')}
              </button>
            </>
          ) : (
            <span className="muted" role="status">
              {entry.status === 'sending' && online ? t('board.adding') : t('board.waitingToSend')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
