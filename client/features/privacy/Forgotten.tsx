import './forgetStrings';
import { TopBar } from '../../components/TopBar';
import { useT } from '../../i18n';

/** What the phone shows after "Glem mig": it holds nothing of the participant any more. */
export function Forgotten({ onAgain }: { onAgain: () => void }) {
  const t = useT();
  return (
    <div className="page phone">
      <TopBar showPresence={false} />
      <main>
        <section className="card stack" data-testid="forgotten">
          <p role="status">{t('privacy.forgotten')}</p>
          <button type="button" className="wide" onClick={onAgain}>
            {t('privacy.joinAgain')}
          </button>
        </section>
      </main>
    </div>
  );
}
