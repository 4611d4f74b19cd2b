import { useEffect, useState } from 'react';
import { sessionEndpoints } from '../../../shared/http/routes/sessions';
import { routePath } from '../../../shared/http/routePath';
import type { JoinLookup } from '../../../shared/http/sessions';
import type { ClientErrorCode } from '../../i18n';
import { requestJson } from '../../net/http';

export interface JoinInfo {
  title: string | null;
  /** The day the workshop is deleted (YYYY-MM-DD), null when kept until an organiser deletes it; undefined until known. */
  deleteOn?: string | null;
  error: ClientErrorCode | null;
}

/**
 * Looks the code up before the phone joins, so a mistyped code is caught on the first screen; a title the
 * server already put in the page (joinShell.ts) is shown at once, and the look-up then only brings the day the
 * workshop is deleted, for the privacy notice.
 */
export function useJoinTitle(joinCode: string, knownTitle: string | null): JoinInfo {
  const [result, setResult] = useState<JoinInfo>({ title: knownTitle, error: null });
  useEffect(() => {
    let live = true;
    void requestJson<JoinLookup>(routePath(sessionEndpoints.joinLookup, { code: joinCode })).then((answer) => {
      if (!live) return;
      if (answer.ok) setResult({ title: knownTitle ?? answer.data.title, deleteOn: answer.data.deleteOn, error: null });
      else if (knownTitle === null) setResult({ title: null, error: answer.code });
    });
    return () => {
      live = false;
    };
  }, [joinCode, knownTitle]);
  return result;
}
