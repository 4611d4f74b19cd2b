// Who is online is volatile: counted in memory, never stored, broadcast at most every `delayMs`.
import type { Presence } from '../../shared/session/join';
import { DEFAULT_PHONE_BATCHING, LARGE_ROOM_PHONES_EVERY_MS, PRESENCE_EVERY_MS } from '../tuning';

/** In a room this large the phones hear the count at most every LARGE_ROOM_PHONES_EVERY_MS (server/tuning.ts). */
const LARGE_ROOM = DEFAULT_PHONE_BATCHING.abovePhones;

/** Who a count goes to: every screen of the session, or in a large room the staff's screens and the phones apart. */
export type PresenceAudience = 'everyone' | 'staff' | 'phones';

export class PresenceTracker {
  private readonly online = new Map<string, Map<string, number>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly phoneTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly emit: (sessionId: string, presence: Presence, audience: PresenceAudience) => void,
    private readonly delayMs = PRESENCE_EVERY_MS,
    /** Participants online in the session on other nodes (server/cluster/presence.ts); none on a single node. */
    private readonly elsewhere: (sessionId: string) => number = () => 0,
  ) {}

  add(sessionId: string, participantId: string): void {
    const sockets = this.online.get(sessionId) ?? new Map<string, number>();
    this.online.set(sessionId, sockets);
    sockets.set(participantId, (sockets.get(participantId) ?? 0) + 1);
    this.schedule(sessionId);
  }

  remove(sessionId: string, participantId: string): void {
    const sockets = this.online.get(sessionId);
    const count = sockets?.get(participantId);
    if (!sockets || count === undefined) return;
    if (count > 1) sockets.set(participantId, count - 1);
    else sockets.delete(participantId);
    if (sockets.size === 0) this.online.delete(sessionId);
    this.schedule(sessionId);
  }

  /** The count changed on another node: sent like a change here. */
  changedElsewhere(sessionId: string): void {
    this.schedule(sessionId);
  }

  presence(sessionId: string): Presence {
    return { participantsOnline: this.onlineHere(sessionId) + this.elsewhere(sessionId) };
  }

  /** Participants with a socket on this node. */
  onlineHere(sessionId: string): number {
    return this.online.get(sessionId)?.size ?? 0;
  }

  close(): void {
    for (const timer of [...this.timers.values(), ...this.phoneTimers.values()]) clearTimeout(timer);
    this.timers.clear();
    this.phoneTimers.clear();
  }

  private schedule(sessionId: string): void {
    if (this.timers.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      this.send(sessionId);
    }, this.delayMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  private send(sessionId: string): void {
    if (this.onlineHere(sessionId) <= LARGE_ROOM) return this.emit(sessionId, this.presence(sessionId), 'everyone');
    this.emit(sessionId, this.presence(sessionId), 'staff');
    // The phones get the count as it is when their wait is over, so the last change always reaches them.
    if (this.phoneTimers.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.phoneTimers.delete(sessionId);
      this.emit(sessionId, this.presence(sessionId), 'phones');
    }, LARGE_ROOM_PHONES_EVERY_MS);
    timer.unref();
    this.phoneTimers.set(sessionId, timer);
  }
}
