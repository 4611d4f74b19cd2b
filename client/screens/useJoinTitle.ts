import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../i18n';

/**
 * Looks the code up before the phone joins, so a mistyped code is caught on the first screen; a title the
 * server already put in the page (joinShell.ts) needs no second look.
 */
export function useJoinTitle(joinCode: string, knownTitle: string | null): { title: string | null; error: ClientErrorCode | null } {
  const [result, setResult] = useState<{ title: string | null; error: ClientErrorCode | null }>({ title: knownTitle, error: null });
  useEffect(() => {
    if (knownTitle !== null) return;
    let live = true;
    fetch(`/api/join/${encodeURIComponent(joinCode)}`)
      .then(async (res) => {
        const body = (await res.json()) as { title?: string; code?: ClientErrorCode };
        if (live) setResult(res.ok ? { title: body.title ?? '', error: null } : { title: null, error: body.code ?? 'internal' });
      })
      .catch(() => live && setResult({ title: null, error: 'timeout' }));
    return () => {
      live = false;
    };
  }, [joinCode, knownTitle]);
  return result;
}
