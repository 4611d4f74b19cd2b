// Large rooms: what the phones receive is sent at most a few times a second, gathered. Every message to every phone
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

/**
 * Up to a thousand phones one message per commit costs little (the bench's 500 phones get an idea within tens of
 * milliseconds, as the bare relay does); a keynote of thousands gets at most four messages a second.
 */
export const DEFAULT_PHONE_BATCHING: PhoneBatching = { abovePhones: 1000, everyMs: 250 };

/** A large session's phone streams within `everyMs` of their last send: what waits for the next one. */
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

  /**
   * Stored events of a session to every screen of it, in order. A large room's phones get them at once when
   * nothing was sent to them for `everyMs`, else with the next send: a single idea is not kept waiting, a burst
   * costs a few messages a second.
   */
  deliver(sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline): void {
    if (entries.length === 0) return;
    sendToScreens(this.io, sessionId, entries, timeline);
    const waiting = this.held.get(sessionId);
    // Behind events already held, never past them; a session reloaded meanwhile first sends what the old one held.
    if (waiting?.timeline === timeline) return void waiting.entries.push(...entries);
    if (waiting) this.release(sessionId, waiting);
    sendToPhones(this.io, sessionId, entries, timeline);
    if (this.phonesIn(sessionId) > this.batching.abovePhones) this.quiet(sessionId, timeline);
  }

  /** Sends everything held now (a shutdown). */
  flushAll(): void {
    for (const [sessionId, held] of [...this.held]) this.release(sessionId, held);
  }

  /** Until `everyMs` from now, the session's phone events wait. */
  private quiet(sessionId: string, timeline: SessionTimeline): void {
    const timer = setTimeout(() => this.next(sessionId), this.batching.everyMs);
    timer.unref();
    this.held.set(sessionId, { entries: [], timeline, timer });
  }

  /** The end of a quiet spell: what came meanwhile leaves now and starts another. */
  private next(sessionId: string): void {
    const held = this.held.get(sessionId);
    if (!held) return;
    this.held.delete(sessionId);
    if (held.entries.length === 0) return;
    sendToPhones(this.io, sessionId, held.entries, held.timeline);
    this.quiet(sessionId, held.timeline);
  }

  private release(sessionId: string, held: Held): void {
    this.held.delete(sessionId);
    clearTimeout(held.timer);
    if (held.entries.length) sendToPhones(this.io, sessionId, held.entries, held.timeline);
  }

  private phonesIn(sessionId: string): number {
    return this.io.sockets.adapter.rooms.get(audienceRoom(sessionId, 'participants'))?.size ?? 0;
  }
}
