import './forgetStrings';
import './privacy.css';
import '../outbox/strings';
import { useState } from 'react';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

// What the phone shows once forgotten comes with this code: a phone forgets only after this was shown.
export { Forgotten } from './Forgotten';

/**
 * "Glem mig": once the server has erased this participant, the phone forgets its identity too. It is not queued:
 * until the server has done it nothing is forgotten, so the phone says so and offers to try again.
 */
export function ForgetMe({ onForgotten }: { onForgotten: () => void }) {
  const t = useT();
  const { run, error } = useCommand();
  const [busy, setBusy] = useState(false);
  const forget = async () => {
    if (busy || !window.confirm(t('privacy.forgetConfirm'))) return;
    setBusy(true);
    const done = await run('participant:forget', {});
    setBusy(false);
    if (done) onForgotten();
  };
  return (
    <p className="forget-me">
      <button type="button" className="link-button" onClick={forget} disabled={busy} data-testid="forget-me">
        {busy ? t('outbox.sending') : error ? t('outbox.forgetAgain') : t('privacy.forgetMe')}
      </button>
      {error && (
        <span className="error" role="alert" data-testid="forget-error">
          {' '}
          {t('outbox.forgetNotSent')} {t(errorKey(error))}
        </span>
      )}
    </p>
  );
}
