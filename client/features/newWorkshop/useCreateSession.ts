import { useState } from 'react';
import type { ClientAck } from '../../net/api';
import type { CreatedSession } from '../../../shared/http/sessions';
import type { ClientErrorCode } from '../../i18n';
import { navigate } from '../../router';

export interface CreateFailure {
  code: ClientErrorCode | 'not_json' | 'not_an_export';
  detail: string;
}

/** Runs one create request at a time and opens the new console on success. */
export function useCreateSession() {
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<CreateFailure | null>(null);

  const run = async (request: () => Promise<ClientAck<CreatedSession> | CreateFailure>) => {
    setWorking(true);
    setFailure(null);
    const answer = await request();
    setWorking(false);
    if ('ok' in answer && answer.ok) {
      const url = new URL(answer.data.facilitatorUrl);
      navigate(url.pathname + url.hash);
    } else {
      setFailure('ok' in answer ? { code: answer.code, detail: answer.message } : answer);
    }
  };
  return { working, failure, run };
}
