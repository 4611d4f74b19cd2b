import './privacy.css';
import { errorKey, useT } from '../../i18n';
import { useCommand } from '../../net/useCommand';

/** "Glem mig": once the server has erased this participant, the phone forgets its identity too. */
export function ForgetMe({ onForgotten }: { onForgotten: () => void }) {
  const t = useT();
  const { run, error } = useCommand();
  const forget = async () => {
    if (!window.confirm(t('privacy.forgetConfirm'))) return;
    if (await run('participant:forget', {})) onForgotten();
  };
  return (
    <p className="forget-me">
      <button type="button" className="link-button" onClick={forget} data-testid="forget-me">
        {t('privacy.forgetMe')}
      </button>
      {error && <span className="error"> {t(errorKey(error))}</span>}
    </p>
  );
}
