import { useCallback, useEffect, useState } from 'react';
import type { ClientErrorCode } from '../../i18n';
import type { ListedSession } from '../../../shared/http/admin';
import type { SessionStatus } from '../../../shared/state';
import { adminHttp } from './adminHttp';

/** The sessions list and the organiser's actions on it; every action reloads the list from the server. */
export function useAdminSessions(token: string) {
  const [sessions, setSessions] = useState<ListedSession[] | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  const reload = useCallback(async () => {
    const answer = await adminHttp.list(token);
    if (answer.ok) {
      setSessions(answer.data.sessions);
      setError(null);
    } else setError(answer.code);
  }, [token]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (action: Promise<{ ok: boolean; code?: ClientErrorCode }>) => {
    const answer = await action;
    if (!answer.ok && answer.code) setError(answer.code);
    await reload();
  };

  return {
    sessions,
    error,
    setStatus: (id: string, status: SessionStatus) => act(adminHttp.setStatus(token, id, status)),
    remove: (id: string) => act(adminHttp.remove(token, id)),
  };
}
