// Large rooms: what the phones receive is sent at most a few times a second, gathered. Every message to every phone
// costs a system call, so a keynote of thousands of phones with one message per commit would spend the server on
// writes; gathered, a phone gets the same events in the same order, `prev` included, in fewer messages. The
// facilitator and the projector are never held back. From then on what tells a phone only a count (an answer, an
// upvote) reaches it as tallies with the batch (tallies.ts), not as an event per answer.
import type { ProjectedEvent, SessionTimeline } from '../session/timeline';
import { sendToPhones, sendToScreens } from './fanout';
import { CountMarks, sendTallies } from './tallies';
import { type AppServer, audienceRoom } from './types';
import { DEFAULT_PHONE_BATCHING } from '../tuning';

export interface PhoneBatching {
  /** Above this many phones in a session, their events are gathered. */
  abovePhones: number;
  /** How long events wait for the next phone batch, at most. */
  everyMs: number;
}


/** A large session's phone streams within `everyMs` of their last send: what waits for the next one. */
interface Held {
  entries: ProjectedEvent[];
  timeline: SessionTimeline;
  timer: NodeJS.Timeout;
}

export class FanOut {
  private readonly held = new Map<string, Held>();
  /** The sessions (as loaded now) that have been large: their phones get counts as tallies while they stay loaded. */
  private readonly large = new WeakMap<SessionTimeline, CountMarks>();

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
    const marks = this.marksOf(sessionId, timeline);
    marks?.record(entries, timeline);
    const waiting = this.held.get(sessionId);
    // Behind events already held, never past them; a session reloaded meanwhile first sends what the old one held.
    if (waiting?.timeline === timeline) return void waiting.entries.push(...entries);
    if (waiting) this.release(sessionId, waiting);
    this.sendPhones(sessionId, entries, timeline);
    if (marks) this.quiet(sessionId, timeline);
  }

  /** Sends everything held now (a shutdown). */
  flushAll(): void {
    for (const [sessionId, held] of [...this.held]) this.release(sessionId, held);
  }

  /** The count marks of a session that is or was large while loaded as `timeline`; none for a small one. */
  private marksOf(sessionId: string, timeline: SessionTimeline): CountMarks | undefined {
    let marks = this.large.get(timeline);
    if (!marks && this.phonesIn(sessionId) > this.batching.abovePhones) {
      marks = new CountMarks(timeline);
      this.large.set(timeline, marks);
    }
    return marks;
  }

  /** The phones' events, then (in a large room) the tallies they are owed; true while some phone is still owed them. */
  private sendPhones(sessionId: string, entries: ProjectedEvent[], timeline: SessionTimeline): boolean {
    const marks = this.large.get(timeline);
    sendToPhones(this.io, sessionId, entries, timeline, marks !== undefined);
    return marks ? sendTallies(this.io, sessionId, timeline, marks) : false;
  }

  /** Until `everyMs` from now, the session's phone events wait. */
  private quiet(sessionId: string, timeline: SessionTimeline): void {
    const timer = setTimeout(() => this.next(sessionId), this.batching.everyMs);
    timer.unref();
    this.held.set(sessionId, { entries: [], timeline, timer });
  }

  /** The end of a quiet spell: what came meanwhile leaves now and starts another, as does a phone still owed tallies. */
  private next(sessionId: string): void {
    const held = this.held.get(sessionId);
    if (!held) return;
    this.held.delete(sessionId);
    const owed = this.sendPhones(sessionId, held.entries, held.timeline);
    if (held.entries.length || owed) this.quiet(sessionId, held.timeline);
  }

  private release(sessionId: string, held: Held): void {
    this.held.delete(sessionId);
    clearTimeout(held.timer);
    this.sendPhones(sessionId, held.entries, held.timeline);
  }

  private phonesIn(sessionId: string): number {
    return this.io.sockets.adapter.rooms.get(audienceRoom(sessionId, 'participants'))?.size ?? 0;
  }
}
