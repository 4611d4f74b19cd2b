// Live broadcast by audience: the facilitator gets every event, the projector and the participants their
// projections, and a participant an event is about gets their own. A stream is sent nothing for events it
// may not see, so a join storm does not tell every phone about every join; `prev` keeps gaps detectable.
import type { SequencedEvent } from '../../shared/events';
import type { EventBatch } from '../../shared/projection/batch';
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

/** The participants' streams: the shared one, and their own to those an event is about. */
export function sendToPhones(io: AppServer, sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline): void {
  const { cursors } = timeline;
  const concerned = new Set<string>();
  for (const entry of entries) for (const participantId of entry.personal.keys()) concerned.add(participantId);
  const sharedPrev = cursors.participants;
  const shared = present(entries.map((e) => e.shared));
  if (shared.length) {
    const except = [...concerned].map((id) => participantRoom(sessionId, id));
    send(io, audienceRoom(sessionId, 'participants'), sharedPrev, shared, except);
    cursors.participants = shared.at(-1)!.seq;
  }
  for (const participantId of concerned) {
    const own = present(entries.map((e) => (e.personal.has(participantId) ? e.personal.get(participantId)! : e.shared)));
    if (own.length === 0) continue;
    const prev = Math.max(sharedPrev, cursors.personal.get(participantId) ?? cursors.loaded);
    send(io, participantRoom(sessionId, participantId), prev, own);
    cursors.personal.set(participantId, own.at(-1)!.seq);
  }
}
