import { useState } from 'react';
import { type ClientErrorCode, errorKey, useT } from './strings';
import { adminHttp } from './adminHttp';

/**
 * "Open": the console in a new tab with that session's own key, asked for with the organiser's token in a header.
 * The token itself never goes into the tab's address, so a link copied from the console opens this session only.
 */
export function OpenConsole({ sessionId, token }: { sessionId: string; token: string }) {
  const t = useT();
  const [failed, setFailed] = useState<ClientErrorCode | null>(null);
  const open = async () => {
    // Opened during the click, so no pop-up blocker stops it; it gets its address once the server answered.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    const answer = await adminHttp.consoleLink(token, sessionId);
    if (!answer.ok) {
      tab?.close();
      return setFailed(answer.code);
    }
    setFailed(null);
    if (tab) tab.location.href = new URL(answer.data.path, location.origin).href;
    else location.assign(answer.data.path);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void open()} data-testid="admin-open">
        {t('admin.open')}
      </button>
      {failed && (
        <span className="error" role="alert">
          {t(errorKey(failed))}
        </span>
      )}
    </>
  );
}
