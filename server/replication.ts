// What the hub tells of its commits and asks of other nodes, behind one port: one node has nobody to tell and
// nothing to catch up with (`singleNode`); several nodes replicate through Redis (server/cluster/).
import type { SequencedEvent } from '../shared/events';
import type { SessionState } from '../shared/state';
import type { ProjectedEvent, SessionTimeline } from './timeline';

/** The hub's side of replication: called by the hub, implemented per deployment. */
export interface Replication {
  /** This node stored these events of the session. */
  committed(sessionId: string, events: SequencedEvent[]): void;
  /** A live session caught up with what other nodes stored, once this node's own writes to it have settled. */
  catchUp(sessionId: string): Promise<void>;
  /** This node's writes to the session have all landed or failed. */
  settled(sessionId: string): void;
  /** A write of this node lost a race: the session is behind the store until caught up. */
  fellBehind(sessionId: string): void;
  /** The session left memory. */
  forget(sessionId: string): void;
}

/** One node writes alone: nothing to publish, nothing stored elsewhere to catch up with. */
export const singleNode: Replication = {
  committed: () => {},
  catchUp: () => Promise.resolve(),
  settled: () => {},
  fellBehind: () => {},
  forget: () => {},
};

/** What a replication may use of the live sessions. */
export interface ReplicatedSessions {
  /** The timeline of a live session, undefined when it is not in memory. */
  timeline(sessionId: string): SessionTimeline | undefined;
  /** This node's own writes to the session are on their way. */
  isWriting(sessionId: string): boolean;
  flushed(): Promise<void>;
  storedEvents(sessionId: string, afterSeq: number): Promise<SequencedEvent[]>;
  /** Stored elsewhere, applied to the timeline: the hub moves the live state on and broadcasts. */
  applied(sessionId: string, state: SessionState, entries: ProjectedEvent[], timeline: SessionTimeline): void;
  /** The session was deleted elsewhere: it leaves memory here. */
  forget(sessionId: string): void;
  liveSessionIds(): string[];
}
