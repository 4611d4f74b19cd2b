// One session in memory and its lifecycle: `loading` (read from the store; a second use waits for the same read) →
// `live` (decides and appends synchronously) → gone (one delete). `removing` holds its place while it is deleted,
// so nothing loads it again meanwhile.
import type { DomainEvent, SequencedEvent } from '../../shared/events';
import { followUps } from '../../shared/policies';
import type { SessionState } from '../../shared/state';
import { advance } from './fold';
import { projectForAll, type SessionTimeline } from './timeline';

export interface Live {
  readonly phase: 'live';
  /** Accepted state: ahead of the stored one by the events still on their way to disk. */
  state: SessionState;
  /** Its stored events, projected: broadcasts, catch-ups and snapshots come from here. */
  readonly timeline: SessionTimeline;
  /** When it was last used (monotonic ms), for evicting idle sessions. */
  lastUsed: number;
  /** Its appends still on their way to disk: such a session stays in memory. */
  writing: number;
  /**
   * Participants' secret hashes by participant id: stored ones read once, and ones claimed by a join whose commit
   * is on its way, so two racing first joins cannot claim one id with two secrets.
   */
  readonly secretHashes: Map<string, string>;
}

export interface Loading {
  readonly phase: 'loading';
  loaded: Promise<SessionState | undefined>;
}

export interface Removing {
  readonly phase: 'removing';
}

export type LiveSession = Live | Loading | Removing;

export function liveSession(state: SessionState, timeline: SessionTimeline): Live {
  return { phase: 'live', state, timeline, lastUsed: performance.now(), writing: 0, secretHashes: new Map() };
}

/**
 * Numbers the events and the follow-ups they trigger, moves the live state on at once (the next command sees it)
 * and projects them into the timeline, where they wait for their commit.
 */
export function accept(session: Live, actor: string, events: DomainEvent[], now: number): SequencedEvent[] {
  const sequenced: SequencedEvent[] = [];
  const add = (event: DomainEvent, by: string) => {
    const e = { seq: session.state.seq + 1, at: now, actor: by, event };
    const before = session.state;
    session.state = advance(before, e);
    session.timeline.accept(projectForAll(e, before, session.state), session.state);
    sequenced.push(e);
  };
  for (const event of events) add(event, actor);
  if (sequenced.length) for (const event of followUps(session.state, now)) add(event, 'system');
  return sequenced;
}

/** After "Glem mig": nothing held in memory may still carry the participant's secret or name. */
export function erasedFrom(session: Live, participantId: string, timeline: SessionTimeline = session.timeline): void {
  session.secretHashes.delete(participantId);
  timeline.dropCaches();
}

/** Every session in memory, each in its phase: leaving memory is one delete. */
export class LiveSessions {
  private readonly sessions = new Map<string, LiveSession>();

  /** `madeLive` runs as a session read from the store becomes live. */
  constructor(private readonly madeLive: (sessionId: string, live: Live) => void) {}

  live(sessionId: string): Live | undefined {
    const session = this.sessions.get(sessionId);
    return session?.phase === 'live' ? session : undefined;
  }

  *lives(): Generator<[string, Live]> {
    for (const [sessionId, session] of this.sessions) if (session.phase === 'live') yield [sessionId, session];
  }

  liveIds(): string[] {
    return [...this.lives()].map(([sessionId]) => sessionId);
  }

  /**
   * The live state, or `read` run once however many ask meanwhile. What it read becomes live unless the session
   * was removed or forgotten while it was read.
   */
  load(sessionId: string, read: () => Promise<Live | undefined>): Promise<SessionState | undefined> {
    const session = this.sessions.get(sessionId);
    switch (session?.phase) {
      case 'live':
        session.lastUsed = performance.now();
        return Promise.resolve(session.state);
      case 'removing':
        return Promise.resolve(undefined);
      case 'loading':
        return session.loaded;
      case undefined: {
        const loading: Loading = { phase: 'loading', loaded: Promise.resolve(undefined) };
        loading.loaded = this.settle(sessionId, loading, read);
        this.sessions.set(sessionId, loading);
        return loading.loaded;
      }
    }
  }

  /** Holds the session's place while `deleting` runs: nothing loads it meanwhile. */
  async removing(sessionId: string, deleting: () => Promise<void>): Promise<void> {
    const removing: Removing = { phase: 'removing' };
    this.sessions.set(sessionId, removing);
    try {
      await deleting();
    } finally {
      if (this.sessions.get(sessionId) === removing) this.sessions.delete(sessionId);
    }
  }

  /** The session leaves memory (one being removed keeps its place until the delete is done). */
  forget(sessionId: string): void {
    if (this.sessions.get(sessionId)?.phase !== 'removing') this.sessions.delete(sessionId);
  }

  private async settle(sessionId: string, loading: Loading, read: () => Promise<Live | undefined>): Promise<SessionState | undefined> {
    let live: Live | undefined;
    try {
      live = await read();
    } finally {
      if (this.sessions.get(sessionId) === loading) this.sessions.delete(sessionId);
    }
    // Being removed, or loaded again meanwhile: that counts.
    if (this.sessions.has(sessionId)) return this.load(sessionId, read);
    if (!live) return undefined;
    this.sessions.set(sessionId, live);
    this.madeLive(sessionId, live);
    return live.state;
  }
}
