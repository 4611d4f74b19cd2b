import './notices.css';
import './goneStrings';
import { useT } from '../i18n';
import { useApp } from '../store/appStore';

/** An archived workshop can be looked at, not changed: said once, at the top. */
export function ArchivedNote() {
  const t = useT();
  const archived = useApp((s) => s.session?.status === 'archived');
  if (!archived) return null;
  return (
    <div className="banner banner-archived" role="status" data-testid="archived-note">
      {t('archived.note')}
    </div>
  );
}
