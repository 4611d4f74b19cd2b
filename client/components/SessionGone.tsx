import './notices.css';
import './goneStrings';
import { useT } from '../i18n';
import { useApp } from '../store/appStore';

export { useSessionGone } from './useSessionGone';
// A phone loads the note on an archived workshop with this screen's code, only when its workshop is archived.
export { ArchivedNote } from './ArchivedNote';

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
