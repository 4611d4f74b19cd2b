import { errorKey, useT } from '../i18n';
import { useApp } from '../store/appStore';

/** Persistent while the connection is down; the socket reconnects by itself. */
export function ConnectionBanner() {
  const t = useT();
  const connection = useApp((s) => s.connection);
  const joinError = useApp((s) => s.joinError);
  if (joinError) {
    return (
      <div className="banner banner-error" role="alert">
        {t(errorKey(joinError))}
        {(joinError === 'outdated' || joinError === 'reserved_id') && (
          <button type="button" onClick={() => window.location.reload()} data-testid="reload-page">
            {t('connection.reload')}
          </button>
        )}
      </div>
    );
  }
  if (connection === 'offline') {
    return (
      <div className="banner banner-offline" role="status">
        {t('connection.offline')}
      </div>
    );
  }
  if (connection === 'connecting') {
    return (
      <div className="banner banner-connecting" role="status">
        {t('connection.connecting')}
      </div>
    );
  }
  return null;
}
