import type { SyncPayload } from '../../shared/session/join';
import type { SessionHub } from '../hub';

/** Beyond this many missed events a snapshot is cheaper to send than the events. */
export const MAX_CATCH_UP_EVENTS = 500;

export function syncFor(hub: SessionHub, sessionId: string, since: number | undefined): SyncPayload {
  const state = hub.requireState(sessionId);
  if (since !== undefined && since <= state.seq && state.seq - since <= MAX_CATCH_UP_EVENTS) {
    return { kind: 'events', events: hub.eventsSince(sessionId, since) };
  }
  return { kind: 'snapshot', ...hub.snapshot(sessionId) };
}
