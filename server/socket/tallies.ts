// A large room's counts to its phones (shared/projection/tallies.ts): the latest values of what changed since
// each phone's last tallies, sent with the phone batches, and only to phones that have read what they were sent.
// A phone that reads slowly is passed over and later gets the values as they are then: a superseded count is
// never queued for it, so the server holds no more for it however many answers come in.
import { allCountKeys, countsChangedBy, type Tallies, talliesOf } from '../../shared/projection/tallies';
import type { ProjectedEvent, SessionTimeline } from '../session/timeline';
import { bufferedBytes } from './outbox';
import { withJson } from './preparedJson';
import { type AppServer, type AppSocket, audienceRoom } from './types';
import { TALLIES_READY_BYTES } from '../tuning';


/** When each poll's and question's counts last changed while the room was large. */
export class CountMarks {
  private readonly changedAt = new Map<string, number>();
  /** The seq of the last change: a phone whose tallies are at least this recent needs none. */
  last: number;

  /** Everything counts as changed when the room became large: a phone that rejoins after a restart starts from all counts. */
  constructor(timeline: SessionTimeline) {
    this.last = timeline.committed.seq;
    for (const key of allCountKeys(timeline.committed)) this.changedAt.set(key, this.last);
  }

  record(entries: readonly ProjectedEvent[], timeline: SessionTimeline): void {
    for (const entry of entries) {
      const key = countsChangedBy(entry.full.event);
      if (key === null) continue;
      for (const changed of key === '*' ? allCountKeys(timeline.committed) : [key]) this.changedAt.set(changed, entry.seq);
      this.last = entry.seq;
    }
  }

  changedAfter(seq: number): string[] {
    const keys: string[] = [];
    for (const [key, at] of this.changedAt) if (at > seq) keys.push(key);
    return keys;
  }
}

/**
 * The tallies every phone of the session is owed, to those ready to read them; the phones that held the same
 * tallies before get the same message, made once. Returns whether a phone was passed over (it is owed them still).
 */
export function sendTallies(io: AppServer, sessionId: string, timeline: SessionTimeline, marks: CountMarks): boolean {
  const ids = io.sockets.adapter.rooms.get(audienceRoom(sessionId, 'participants'));
  if (!ids) return false;
  const bySeen = new Map<number, AppSocket[]>();
  let passedOver = false;
  for (const id of ids) {
    const socket = io.sockets.sockets.get(id);
    const seen = socket?.data.talliesSeq ?? 0;
    if (!socket || seen >= marks.last) continue;
    if (bufferedBytes(socket.conn) > TALLIES_READY_BYTES) {
      passedOver = true;
      continue;
    }
    const group = bySeen.get(seen) ?? [];
    group.push(socket);
    bySeen.set(seen, group);
  }
  const { committed } = timeline;
  for (const [seen, sockets] of bySeen) {
    const tallies: Tallies = talliesOf(committed, marks.changedAfter(seen));
    io.to(sockets.map((s) => s.id)).emit('tallies', withJson(tallies, JSON.stringify(tallies)));
    for (const socket of sockets) socket.data.talliesSeq = committed.seq;
  }
  return passedOver;
}
