// A tap goes straight to the server, never into the outbox: a reaction is about this moment, and one sent a
// minute later (after a reconnect) would tell the room something that is no longer true.
import type { ReactionKind } from '../../../shared/reaction/kinds';
import type { ClientErrorCode } from '../../i18n';
import { currentSocket } from '../../net/connection';
import { appStore } from '../../store/appStore';
import { ANSWER_TIMEOUT_MS } from '../../tuning';

export type TapResult = { ok: true } | { ok: false; code: ClientErrorCode | 'offline' };

export async function sendReaction(kind: ReactionKind): Promise<TapResult> {
  const socket = currentSocket();
  if (!socket || appStore.getState().connection !== 'online') return { ok: false, code: 'offline' };
  try {
    const ack = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck('reaction:send', { kind });
    return ack.ok ? { ok: true } : { ok: false, code: ack.code };
  } catch {
    return { ok: false, code: 'timeout' };
  }
}
