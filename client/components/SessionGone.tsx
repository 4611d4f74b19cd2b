import './notices.css';
import { useT } from '../i18n';
import { useApp } from '../store/appStore';

/**
 * True when this screen's workshop is gone: deleted while open, or not found when joining again (also when the phone
 * still shows its cached copy of it, net/sessionCache.ts).
 */
export function useSessionGone(): boolean {
  return useApp((s) => s.ended || s.joinError === 'not_found' || s.joinError === 'archived');
}

/** Instead of a board that will never fill: what happened, and the way on. */
export function SessionGone() {
  const t = useT();
  const ended = useApp((s) => s.ended);
  const archived = useApp((s) => s.joinError === 'archived');
  return (
    <div className="page">
      <main className="home" data-testid="session-gone">
        <h1>{t(ended ? 'gone.endedTitle' : archived ? 'gone.archivedTitle' : 'gone.notFoundTitle')}</h1>
        <p className="lead">{t(ended ? 'gone.ended' : archived ? 'gone.archived' : 'gone.notFound')}</p>
        <a className="button primary" href="/" data-testid="go-home">
          {t('gone.home')}
        </a>
      </main>
    </div>
  );
}
