import { useCallback, useState } from 'react';
import type { CommandName, CommandPayload } from '../../../shared/contract';
import type { UndoKind } from '../../../shared/undo/types';
import type { ClientErrorCode } from '../../i18n';
import { send } from '../../net/api';
import { sendUndoable } from './undoOffer';

/**
 * Like useCommand, for the facilitator's moderation: every refusal is kept to be shown, and a step that can be
 * taken back (`undoAs`) offers "Fortryd" once it is stored.
 */
export function useModeration() {
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const run = useCallback(async <K extends CommandName>(name: K, payload: CommandPayload<K>, undoAs?: UndoKind): Promise<boolean> => {
    const ack = undoAs ? await sendUndoable(name, payload, undoAs) : await send(name, payload);
    setError(ack.ok ? null : ack.code);
    return ack.ok;
  }, []);
  return { run, error };
}
