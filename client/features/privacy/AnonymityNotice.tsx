import './privacy.css';
import { useT } from '../../i18n';
import { useBoard } from '../board/useBoard';

/** Said on the phone before the first idea: who will see it, and with which name. Only what the server enforces. */
export function AnonymityNotice() {
  const t = useT();
  const { settings } = useBoard();
  return (
    <p className="notice anonymity" data-testid="anonymity-notice">
      {t('privacy.anonymity')}
      {settings.showNamesOnProjector && <> {t('privacy.namesShown')}</>}
      {settings.requireApproval && <> {t('privacy.approval')}</>}
    </p>
  );
}
