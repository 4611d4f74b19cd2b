import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../i18n';

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
    fetch(`/api/join/${encodeURIComponent(joinCode)}`)
      .then(async (res) => {
        const body = (await res.json()) as { title?: string; deleteOn?: string | null; code?: ClientErrorCode };
        if (!live) return;
        if (res.ok) setResult({ title: knownTitle ?? body.title ?? '', deleteOn: body.deleteOn ?? null, error: null });
        else if (knownTitle === null) setResult({ title: null, error: body.code ?? 'internal' });
      })
      .catch(() => live && knownTitle === null && setResult({ title: null, error: 'timeout' }));
    return () => {
      live = false;
    };
  }, [joinCode, knownTitle]);
  return result;
}
