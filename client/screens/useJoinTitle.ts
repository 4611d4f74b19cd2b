import { useEffect, useState } from 'react';
import type { ClientErrorCode } from '../i18n';

export interface JoinInfo {
  title: string | null;
  /** The day the workshop is deleted (YYYY-MM-DD), null when kept until an organiser deletes it. */
  deleteOn?: string | null;
  error: ClientErrorCode | null;
}

/** Looks the code up before the phone joins, so a mistyped code is caught on the first screen. */
export function useJoinTitle(joinCode: string): JoinInfo {
  const [result, setResult] = useState<JoinInfo>({ title: null, error: null });
  useEffect(() => {
    let live = true;
    fetch(`/api/join/${encodeURIComponent(joinCode)}`)
      .then(async (res) => {
        const body = (await res.json()) as { title?: string; deleteOn?: string | null; code?: ClientErrorCode };
        if (!live) return;
        setResult(res.ok ? { title: body.title ?? '', deleteOn: body.deleteOn ?? null, error: null } : { title: null, error: body.code ?? 'internal' });
      })
      .catch(() => live && setResult({ title: null, error: 'timeout' }));
    return () => {
      live = false;
    };
  }, [joinCode]);
  return result;
}
