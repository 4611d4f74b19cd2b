// Large rooms: what the phones receive is gathered and sent a few times a second. Every message to every phone
// costs a system call, so a keynote of thousands of phones with one message per commit would spend the server on
// writes; gathered, a phone gets the same events in the same order, `prev` included, in fewer messages. The
// facilitator and the projector are never held back.
import type { ProjectedEvent, SessionTimeline } from '../timeline';
import { sendToPhones, sendToScreens } from './fanout';
import { type AppServer, audienceRoom } from './types';

export interface PhoneBatching {
  /** Above this many phones in a session, their events are gathered. */
  abovePhones: number;
  /** How long events wait for the next phone batch, at most. */
  everyMs: number;
}

export const DEFAULT_PHONE_BATCHING: PhoneBatching = { abovePhones: 200, everyMs: 250 };

interface Held {
  entries: ProjectedEvent[];
  timeline: SessionTimeline;
  timer: NodeJS.Timeout;
}

export class FanOut {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly io: AppServer,
    private readonly batching: PhoneBatching = DEFAULT_PHONE_BATCHING,
  ) {}

  /** Stored events of a session to every screen of it, in order. */
  deliver(sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline): void {
    if (entries.length === 0) return;
    sendToScreens(this.io, sessionId, entries, timeline);
    const waiting = this.held.get(sessionId);
    // Behind events already held, never past them; a session reloaded meanwhile first sends what the old one held.
    if (waiting?.timeline === timeline) return void waiting.entries.push(...entries);
    if (waiting) this.flush(sessionId);
    if (this.phonesIn(sessionId) <= this.batching.abovePhones) return sendToPhones(this.io, sessionId, entries, timeline);
    const timer = setTimeout(() => this.flush(sessionId), this.batching.everyMs);
    timer.unref();
    this.held.set(sessionId, { entries: [...entries], timeline, timer });
  }

  /** Sends everything held now (a shutdown). */
  flushAll(): void {
    for (const sessionId of [...this.held.keys()]) this.flush(sessionId);
  }

  private flush(sessionId: string): void {
    const held = this.held.get(sessionId);
    if (!held) return;
    this.held.delete(sessionId);
    clearTimeout(held.timer);
    sendToPhones(this.io, sessionId, held.entries, held.timeline);
  }

  private phonesIn(sessionId: string): number {
    return this.io.sockets.adapter.rooms.get(audienceRoom(sessionId, 'participants'))?.size ?? 0;
  }
}
