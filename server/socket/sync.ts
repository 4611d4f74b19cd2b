// What a joining screen receives: the events it missed, or a snapshot, both projected for it.
import type { SyncPayload } from '../../shared/session/join';
import { viewerOf } from '../../shared/projection/view';
import type { Actor } from '../../shared/state';
import type { SessionHub } from '../session/hub';
import { withJson } from './preparedJson';
import type { SessionTimeline } from '../session/timeline';
import { MAX_CATCH_UP_EVENTS } from '../tuning';


/**
 * Everything up to the stored state (`timeline.committed.seq`): later events reach the screen as live broadcasts,
 * which follow on. Answered at once from memory; only a facilitator's catch-up beyond it waits for the store.
 */
export function syncFor(hub: SessionHub, timeline: SessionTimeline, who: Actor, since: number | undefined): SyncPayload | Promise<SyncPayload> {
  const actor = viewerOf(who);
  const to = timeline.committed.seq;
  if (since !== undefined && since <= to && to - since <= MAX_CATCH_UP_EVENTS) {
    if (timeline.holdsAfter(since)) return { kind: 'events', events: timeline.eventsFor(actor, since), to };
    // Only the facilitator may read the log unprojected; the others start from a snapshot.
    if (actor.role === 'facilitator') {
      return hub.storedEventsSince(timeline.committed.id, since).then((events) => ({ kind: 'events', events: events.filter((e) => e.seq <= to), to }));
    }
  }
  const sync: SyncPayload = { kind: 'snapshot', ...timeline.snapshotFor(actor), to };
  // The board's JSON is escaped once per cached snapshot, not once per join (see preparedJson.ts).
  const literal = timeline.stateLiteral(actor, sync.stateJson);
  return withJson(sync, JSON.stringify({ ...sync, stateJson: '' }).replace('"stateJson":""', () => `"stateJson":${literal}`));
}
