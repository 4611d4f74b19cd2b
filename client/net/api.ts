// Components send commands only through here; the answer is typed and never throws.
import type { CommandName, CommandPayload, CommandResult } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import type { ClientErrorCode } from '../i18n';
import { appStore } from '../store/appStore';
import { currentSocket } from './connection';
import { ANSWER_TIMEOUT_MS, REJOIN_WAIT_MS, RETRY_PAUSE_MS } from '../tuning';

export type ClientAck<T> = { ok: true; data: T } | { ok: false; code: ClientErrorCode; message: string };


const timeout = { ok: false, code: 'timeout', message: 'No answer in time' } as const;

function whenJoined(deadline: number): Promise<boolean> {
  if (appStore.getState().connection === 'online') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(false);
    }, Math.max(0, deadline - performance.now()));
    const unsubscribe = appStore.subscribe((s) => {
      if (s.connection !== 'online') return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}

/**
 * Sends a command once this device is joined. Tapped while offline, it waits for the rejoin instead of
 * racing it; `not_joined` means the server ran nothing, so sending again is safe for every command.
 */
export async function send<K extends CommandName>(name: K, payload: CommandPayload<K>): Promise<ClientAck<CommandResult>> {
  // Monotonic: a wall-clock step while waiting must neither end the wait at once nor stretch it for an hour.
  const deadline = performance.now() + REJOIN_WAIT_MS;
  // The command belongs to the session it was given in: if the screen has moved on to another, it is dropped.
  const socket = currentSocket();
  for (;;) {
    if (!socket) return { ok: false, code: 'not_joined', message: 'Not connected' };
    if (!(await whenJoined(deadline))) return timeout;
    if (currentSocket() !== socket) return { ok: false, code: 'not_joined', message: 'Left the session' };
    const timed = socket.timeout(ANSWER_TIMEOUT_MS);
    const emit = timed.emitWithAck.bind(timed) as (event: string, payload: unknown) => Promise<Ack<CommandResult>>;
    let ack: Ack<CommandResult>;
    try {
      ack = await emit(name, payload);
    } catch {
      return timeout;
    }
    if (ack.ok || ack.code !== 'not_joined' || performance.now() > deadline) return ack;
    await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
  }
}
