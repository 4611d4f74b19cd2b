// One live session's recent events, each projected once for every kind of screen, and what the screens were
// last sent: the source of live broadcasts, catch-ups and snapshots, so all three obey the same projection.
import type { SequencedEvent } from '../../shared/events';
import { concerned, projectEvent, stillVisible } from '../../shared/projection/event';
import { ownView, type OwnView, projectState } from '../../shared/projection/state';
import { ANY_PARTICIPANT, type Audience } from '../../shared/projection/view';
import type { SessionState } from '../../shared/state';
import { MAX_SNAPSHOT_LAG, RECENT_EVENTS } from '../tuning';
import { forgetWritesUpTo, withoutWritesAfter } from './fold';

/** An event as each screen receives it; a participant missing from `personal` receives `shared`. */
export interface ProjectedEvent {
  seq: number;
  full: SequencedEvent;
  projector: SequencedEvent | null;
  shared: SequencedEvent | null;
  personal: Map<string, SequencedEvent | null>;
}

export type ViewKind = 'facilitator' | 'projector' | 'participants';

export const viewKindOf = (audience: Audience): ViewKind => (audience.role === 'participant' ? 'participants' : audience.role);

export function projectForAll(full: SequencedEvent, before: SessionState, after: SessionState): ProjectedEvent {
  const personal = new Map<string, SequencedEvent | null>();
  for (const participantId of concerned(full, before)) {
    personal.set(participantId, projectEvent(full, { role: 'participant', participantId }, before, after));
  }
  return {
    seq: full.seq,
    full,
    projector: projectEvent(full, { role: 'projector' }, before, after),
    shared: projectEvent(full, ANY_PARTICIPANT, before, after),
    personal,
  };
}

/** Events after which an idea (or a word of a cloud) some screens had is out of their sight. */
function withdraws({ event }: SequencedEvent): boolean {
  if (event.type === 'idea:hidden') return event.hidden;
  if (event.type === 'idea:reviewed') return event.decision === 'reject';
  if (event.type === 'question:moderated') return event.changes.hidden === true || event.changes.approved === false;
  // A word hidden from the clouds: a snapshot made before holds it in its tallies.
  if (event.type === 'poll:wordRuled') return true;
  return event.type === 'idea:deleted' || event.type === 'idea:merged' || event.type === 'question:merged';
}

export function eventFor(entry: ProjectedEvent, audience: Audience): SequencedEvent | null {
  if (audience.role === 'facilitator') return entry.full;
  if (audience.role === 'projector') return entry.projector;
  const own = entry.personal.get(audience.participantId);
  return own === undefined ? entry.shared : own;
}


export class SessionTimeline {
  /** The state of the last stored event: snapshots show only what is stored. */
  committed: SessionState;
  private readonly recent: ProjectedEvent[] = [];
  private readonly pending = new Map<number, { entry: ProjectedEvent; after: SessionState }>();
  private readonly snapshots = new Map<ViewKind, { seq: number; json: string; state: SessionState; literal?: string }>();
  /**
   * The seq of the last event each stream was sent. Every screen of this session joined after it was loaded and
   * so holds at least the loaded seq: that is where each stream starts.
   */
  readonly cursors: { projector: number; participants: number; personal: Map<string, number>; loaded: number };

  constructor(loaded: SessionState, recent: ProjectedEvent[]) {
    this.committed = loaded;
    this.cursors = { projector: loaded.seq, participants: loaded.seq, personal: new Map(), loaded: loaded.seq };
    this.recent.push(...recent.slice(-RECENT_EVENTS));
  }

  /** Accepted but not yet stored. */
  accept(entry: ProjectedEvent, after: SessionState): void {
    this.pending.set(entry.seq, { entry, after });
  }

  /** Accepted events that will never be stored (another node stored those seqs first). */
  dropPending(): void {
    // Joins are added to the participants record in place (fold.ts), so the committed state's record holds these
    // joiners too: left there, a retried join would find itself joined and store nothing.
    this.committed = this.storedOnly(this.committed);
    this.pending.clear();
  }

  /** Stored: the events move to the recent list and the committed state moves on. */
  commit(events: readonly SequencedEvent[]): ProjectedEvent[] {
    const entries: ProjectedEvent[] = [];
    for (const event of events) {
      const accepted = this.pending.get(event.seq);
      if (!accepted) continue;
      this.pending.delete(event.seq);
      entries.push(accepted.entry);
      this.committed = accepted.after;
    }
    this.forgetStoredWrites();
    this.recent.push(...entries);
    // A cached snapshot must not carry an idea that has since gone out of sight.
    if (entries.some((entry) => withdraws(entry.full))) {
      this.snapshots.delete('projector');
      this.snapshots.delete('participants');
    }
    if (this.recent.length > RECENT_EVENTS * 2) this.recent.splice(0, this.recent.length - RECENT_EVENTS);
    return entries;
  }

  /** The in-place changes (fold.ts) of the committed state's records are stored now: none is taken back. */
  private forgetStoredWrites(): void {
    const { seq, board, polls } = this.committed;
    forgetWritesUpTo(board.dots, seq);
    for (const poll of polls.polls) forgetWritesUpTo(poll.answers, seq);
  }

  /** Whether every event after `since` is still held in memory. */
  holdsAfter(since: number): boolean {
    if (since >= this.committed.seq) return true;
    return this.recent.length > 0 && this.recent[0]!.seq <= since + 1;
  }

  /** Stored events after `since` as `audience` sees them now; call only when holdsAfter(since). */
  eventsFor(audience: Audience, since: number): SequencedEvent[] {
    const out: SequencedEvent[] = [];
    for (const entry of this.recent) {
      if (entry.seq <= since) continue;
      const projected = eventFor(entry, audience);
      const event = projected && stillVisible(projected, audience, this.committed);
      if (event) out.push(event);
    }
    return out;
  }

  /**
   * A snapshot for `audience`: the cached JSON of its kind of screen if recent enough, the events since, and for
   * a participant their own view at the snapshot's seq. During a join storm every join adds an event;
   * re-serialising a 1,000-idea board each time would cost more than everything else the join does.
   */
  snapshotFor(audience: Audience): { stateJson: string; own?: OwnView; events: SequencedEvent[] } {
    const kind = viewKindOf(audience);
    let cached = this.snapshots.get(kind);
    const fresh = cached && this.committed.seq - cached.seq <= MAX_SNAPSHOT_LAG && this.holdsAfter(cached.seq);
    if (!cached || !fresh) {
      const state = this.storedOnly(this.committed);
      const view = projectState(state, kind === 'participants' ? ANY_PARTICIPANT : audience);
      cached = { seq: state.seq, json: JSON.stringify(view), state };
      this.snapshots.set(kind, cached);
    }
    const events = this.eventsFor(audience, cached.seq);
    if (audience.role !== 'participant') return { stateJson: cached.json, events };
    return { stateJson: cached.json, own: ownView(cached.state, audience.participantId), events };
  }

  /**
   * The committed state without what is not stored yet: the server adds joins to the participants record, dots to
   * the dots by participant and answers to a poll's answers in place (fold.ts), so the committed state's records
   * may already hold them.
   */
  private storedOnly(state: SessionState): SessionState {
    const polls = state.polls.polls.map((p) => {
      const answers = withoutWritesAfter(p.answers, state.seq);
      return answers === p.answers ? p : { ...p, answers };
    });
    const dots = state.board.dots && withoutWritesAfter(state.board.dots, state.seq);
    const voted = dots === state.board.dots ? state : { ...state, board: { ...state.board, dots } };
    const answered = polls.some((p, i) => p !== state.polls.polls[i]) ? { ...voted, polls: { ...voted.polls, polls } } : voted;
    const joining = new Set<string>();
    for (const { entry } of this.pending.values()) if (entry.full.event.type === 'participant:joined') joining.add(entry.full.event.participantId);
    if (![...joining].some((id) => Object.hasOwn(answered.participants, id))) return answered;
    // fromEntries defines its keys, so an id `__proto__` stays an entry (shared/records.ts).
    return { ...answered, participants: Object.fromEntries(Object.entries(answered.participants).filter(([id]) => !joining.has(id))) };
  }

  /**
   * The cached snapshot `stateJson` as a JSON string literal, escaped once for every join answer that carries it
   * (server/socket/preparedJson.ts): thousands of phones joining a keynote get the same board.
   */
  stateLiteral(audience: Audience, stateJson: string): string {
    const cached = this.snapshots.get(viewKindOf(audience));
    if (cached?.json !== stateJson) return JSON.stringify(stateJson);
    return (cached.literal ??= JSON.stringify(stateJson));
  }

  /** After an erasure: nothing cached may still carry what was erased. */
  dropCaches(): void {
    this.snapshots.clear();
    this.recent.length = 0;
  }
}
