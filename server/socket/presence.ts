// Who is online is volatile: counted in memory, never stored, broadcast at most every `delayMs`.
import type { Presence } from '../../shared/session/join';
import { DEFAULT_PHONE_BATCHING } from './phoneBatches';

/**
 * In a room this large the count goes out 8 times less often: each count is a message to every socket of the
 * session, and during a keynote's join storm it changes all the time (5,000 sockets × 4 a second is 20,000 writes).
 */
const LARGE_ROOM = DEFAULT_PHONE_BATCHING.abovePhones;
const LARGE_ROOM_SLOWER = 8;

export class PresenceTracker {
  private readonly online = new Map<string, Map<string, number>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly emit: (sessionId: string, presence: Presence) => void,
    private readonly delayMs = 250,
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

  presence(sessionId: string): Presence {
    return { participantsOnline: this.onlineHere(sessionId) + this.elsewhere(sessionId) };
  }

  /** Participants with a socket on this node. */
  onlineHere(sessionId: string): number {
    return this.online.get(sessionId)?.size ?? 0;
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(sessionId: string): void {
    if (this.timers.has(sessionId)) return;
    const large = (this.online.get(sessionId)?.size ?? 0) > LARGE_ROOM;
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      this.emit(sessionId, this.presence(sessionId));
    }, large ? this.delayMs * LARGE_ROOM_SLOWER : this.delayMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }
}
