import { useCallback, useState } from 'react';
import type { CommandName, CommandPayload } from '../../shared/contract';
import type { ClientErrorCode } from '../i18n';
import { send } from './api';

/** Sends commands from a component and keeps the last refusal to show next to its controls. */
export function useCommand() {
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const run = useCallback(async <K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<boolean> => {
    const ack = await send(name, payload);
    setError(ack.ok ? null : ack.code);
    return ack.ok;
  }, []);
  return { run, error, clearError: () => setError(null) };
}
