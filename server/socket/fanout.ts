// Live broadcast by audience: the facilitator gets every event, the projector and the participants their
// projections, and a participant an event is about gets their own. A stream is sent nothing for events it
// may not see, so a join storm does not tell every phone about every join; `prev` keeps gaps detectable.
import type { SequencedEvent } from '../../shared/events';
import type { EventBatch } from '../../shared/projection/batch';
import { countsOnly } from '../../shared/projection/tallies';
import type { ProjectedEvent, SessionTimeline } from '../timeline';
import { jsonOf, withJson } from './preparedJson';
import { type AppServer, audienceRoom, participantRoom } from './types';

const present = (events: (SequencedEvent | null)[]) => events.filter((e): e is SequencedEvent => e !== null);

function send(io: AppServer, room: string, prev: number, events: SequencedEvent[], except: string[] = []): void {
  // Each event is stringified once, whichever streams carry it (see preparedJson.ts).
  const batch: EventBatch = withJson({ prev, events }, `{"prev":${prev},"events":[${events.map(jsonOf).join(',')}]}`);
  (except.length ? io.to(room).except(except) : io.to(room)).emit('events', batch);
}

/** The facilitator's and the projector's streams: sent as soon as the events are stored. */
export function sendToScreens(io: AppServer, sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline): void {
  if (entries.length === 0) return;
  send(io, audienceRoom(sessionId, 'facilitator'), entries[0]!.seq - 1, entries.map((e) => e.full));
  const projector = present(entries.map((e) => e.projector));
  if (projector.length === 0) return;
  send(io, audienceRoom(sessionId, 'projector'), timeline.cursors.projector, projector);
  timeline.cursors.projector = projector.at(-1)!.seq;
}

/**
 * The participants' streams: the shared one, and their own to those an event is about. With `coalesce` (a large
 * room) an event that tells other phones only a count is left out of the shared stream: they get the count as
 * tallies (tallies.ts). The one it is about still gets it.
 */
export function sendToPhones(io: AppServer, sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline, coalesce = false): void {
  const { cursors } = timeline;
  const sharedPrev = cursors.participants;
  const shared: { index: number; event: SequencedEvent }[] = [];
  const mine = new Map<string, { index: number; event: SequencedEvent | null }[]>();
  entries.forEach((entry, index) => {
    const event = entry.shared && !(coalesce && countsOnly(entry.shared.event)) ? entry.shared : null;
    if (event) shared.push({ index, event });
    for (const [participantId, own] of entry.personal) {
      const list = mine.get(participantId) ?? [];
      list.push({ index, event: own });
      mine.set(participantId, list);
    }
  });
  if (shared.length) {
    const except = [...mine.keys()].map((id) => participantRoom(sessionId, id));
    send(io, audienceRoom(sessionId, 'participants'), sharedPrev, shared.map((s) => s.event), except);
    cursors.participants = shared.at(-1)!.event.seq;
  }
  for (const [participantId, personal] of mine) {
    const own = ownStream(shared, personal);
    if (own.length === 0) continue;
    const prev = Math.max(sharedPrev, cursors.personal.get(participantId) ?? cursors.loaded);
    send(io, participantRoom(sessionId, participantId), prev, own);
    cursors.personal.set(participantId, own.at(-1)!.seq);
  }
}

type Indexed<E> = { index: number; event: E };

/** One participant's events in order: their own projections where they have one, else the shared one. */
function ownStream(shared: Indexed<SequencedEvent>[], personal: Indexed<SequencedEvent | null>[]): SequencedEvent[] {
  const out: SequencedEvent[] = [];
  let s = 0;
  for (const { index, event } of personal) {
    while (s < shared.length && shared[s]!.index < index) out.push(shared[s++]!.event);
    if (s < shared.length && shared[s]!.index === index) s++;
    if (event) out.push(event);
  }
  while (s < shared.length) out.push(shared[s++]!.event);
  return out;
}
