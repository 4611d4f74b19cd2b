// Components send commands only through here; the answer is typed and never throws.
import type { CommandName, CommandPayload, CommandResult } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import type { ClientErrorCode } from '../i18n';
import { currentSocket } from './connection';

export type ClientAck<T> = { ok: true; data: T } | { ok: false; code: ClientErrorCode; message: string };

const COMMAND_TIMEOUT_MS = 10_000;

export async function send<K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<ClientAck<CommandResult>> {
  const socket = currentSocket();
  if (!socket) return { ok: false, code: 'not_joined', message: 'Not connected' };
  const timed = socket.timeout(COMMAND_TIMEOUT_MS);
  const emit = timed.emitWithAck.bind(timed) as (event: string, payload: unknown) => Promise<Ack<CommandResult>>;
  try {
    return await emit(name, payload);
  } catch {
    return { ok: false, code: 'timeout', message: 'No answer in time' };
  }
}

export const api = { send };
