import './privacy.css';
import { useT } from '../../i18n';

/** On the join page: what is stored, who sees it, for how long (said once the server has told the day). */
export function PrivacyNotice({ deleteOn }: { deleteOn: string | null | undefined }) {
  const t = useT();
  return (
    <details className="privacy-notice" data-testid="privacy-notice">
      <summary>{t('privacy.heading')}</summary>
      <p>{t('privacy.stored')}</p>
      <p>{t('privacy.seen')}</p>
      {deleteOn !== undefined && <p>{deleteOn ? t('privacy.until', { date: deleteOn }) : t('privacy.forever')}</p>}
      <p>{t('privacy.forget')}</p>
    </details>
  );
}
