import './privacy.css';
import { useT } from '../../i18n';

/** On the join page: what is stored, who sees it, for how long. */
export function PrivacyNotice({ deleteOn }: { deleteOn: string | null | undefined }) {
  const t = useT();
  return (
    <details className="privacy-notice" data-testid="privacy-notice">
      <summary>{t('privacy.heading')}</summary>
      <p>{t('privacy.stored')}</p>
      <p>{t('privacy.seen')}</p>
      <p>{deleteOn ? t('privacy.until', { date: deleteOn }) : t('privacy.forever')}</p>
      <p>{t('privacy.forget')}</p>
    </details>
  );
}
