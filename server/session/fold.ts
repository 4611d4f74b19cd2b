// The server's fold of events into a session's state: shared/evolve.ts, except for a participant's first join.
// A keynote's join storm is thousands of those, and the pure reducer copies the participants record for each:
// at 5,000 phones that made every join cost a copy of thousands of entries (a third of a join's CPU, quadratic
// in the room). Here a join adds its entry in place, to a record this module made for the purpose; a dot cast or
// taken back does the same to the board's dots per participant, which a keynote's dot voting otherwise copied
// (thousands of entries) for every dot, and so does a poll answer to the poll's answers by participant.
import { OTHERS } from '../../shared/board/dots';
import { evolve } from '../../shared/evolve';
import type { SequencedEvent } from '../../shared/events';
import { ownValue } from '../../shared/records';
import type { Participant, SessionState } from '../../shared/state';

type Participants = Record<string, Participant>;

/**
 * Records this module copied and so may add to: never one another module holds (a parsed checkpoint, a constant,
 * the state a client folded). A state folded earlier shares the record and so sees later joiners in it; the
 * server never asks an older state who had joined, and snapshots leave out joins not yet stored (timeline.ts).
 */
const owned = new WeakSet<object>();
const counts = new WeakMap<Readonly<Participants>, number>();

export function advance(state: SessionState, sequenced: SequencedEvent): SessionState {
  const { event } = sequenced;
  // Dots of OTHERS (an erased participant's, replayed) are counted on the idea only, as the shared reducer does.
  if ((event.type === 'vote:cast' || event.type === 'vote:retracted') && state.board.dots && event.participantId !== OTHERS) {
    return dotInPlace(state, sequenced, event.participantId, event.type === 'vote:cast' ? 1 : -1);
  }
  if (event.type === 'poll:answered' && event.participantId !== undefined) return answerInPlace(state, sequenced, event.pollId, event.participantId);
  if (event.type !== 'participant:joined' || Object.hasOwn(state.participants, event.participantId)) return evolve(state, sequenced);
  // The rest of the event's effect (seq, undo history) from the shared reducer, on an empty record: no copy.
  const next = evolve({ ...state, participants: {} }, sequenced);
  const participants = ownedCopy(state.participants);
  const count = participantCount(participants);
  // Defined, not assigned: an id may be `__proto__` (shared/records.ts).
  Object.defineProperty(participants, event.participantId, {
    value: ownValue(next.participants, event.participantId),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  counts.set(participants, count + 1);
  return { ...next, participants };
}

export const advanceAll = (state: SessionState, events: readonly SequencedEvent[]): SessionState => events.reduce(advance, state);

/** How many participants the record holds: counted once per record, then kept up to date by `advance`. */
export function participantCount(participants: Readonly<Participants>): number {
  let count = counts.get(participants);
  if (count === undefined) {
    count = Object.keys(participants).length;
    counts.set(participants, count);
  }
  return count;
}

/**
 * The rest of a dot's effect (the idea's votes, seq) from the shared reducer, on no dots: no copy of them. Logged on
 * the record like an answer (`withoutWritesAfter`).
 */
function dotInPlace(state: SessionState, sequenced: SequencedEvent, participantId: string, delta: 1 | -1): SessionState {
  const next = evolve({ ...state, board: { ...state.board, dots: {} } }, sequenced);
  const dots = ownedCopy(state.board.dots!);
  const before = ownValue(dots, participantId);
  logWrite(dots, { seq: sequenced.seq, key: participantId, before });
  const count = (before ?? 0) + delta;
  if (count > 0) Object.defineProperty(dots, participantId, { value: count, enumerable: true, writable: true, configurable: true });
  else Reflect.deleteProperty(dots, participantId);
  return { ...next, board: { ...next.board, dots } };
}

type Polls = SessionState['polls']['polls'];
const withAnswers = (state: SessionState, pollId: string, answers: Polls[number]['answers']): SessionState => ({
  ...state,
  polls: { ...state.polls, polls: state.polls.polls.map((p) => (p.id === pollId ? { ...p, answers } : p)) },
});

/**
 * The rest of an answer's effect (the tally, seq) from the shared reducer, on no answers: no copy of them. The
 * change is logged on the record, so a state can be seen without the answers after it (`withoutWritesAfter`).
 */
function answerInPlace(state: SessionState, sequenced: SequencedEvent, pollId: string, participantId: string): SessionState {
  const poll = state.polls.polls.find((p) => p.id === pollId);
  if (!poll) return evolve(state, sequenced);
  const next = evolve(withAnswers(state, pollId, {}), sequenced);
  const given = ownValue(next.polls.polls.find((p) => p.id === pollId)?.answers ?? {}, participantId);
  if (!given) return evolve(state, sequenced);
  const answers = ownedCopy(poll.answers);
  const before = ownValue(answers, participantId);
  logWrite(answers, { seq: sequenced.seq, key: participantId, before });
  Object.defineProperty(answers, participantId, { value: { ...given, times: (before?.times ?? 0) + 1 }, enumerable: true, writable: true, configurable: true });
  return withAnswers(next, pollId, answers);
}

/** What each in-place change of a record replaced, in the order of the events: the record's own undo list. */
const writes = new WeakMap<object, { seq: number; key: string; before: unknown }[]>();

function logWrite(record: object, write: { seq: number; key: string; before: unknown }): void {
  const log = writes.get(record) ?? [];
  log.push(write);
  writes.set(record, log);
}

/** Stored: the changes up to `seq` will never be taken back, so their log entries go (it would grow with every write). */
export function forgetWritesUpTo(record: object | undefined, seq: number): void {
  const log = record && writes.get(record);
  if (!log) return;
  let stored = 0;
  while (stored < log.length && log[stored]!.seq <= seq) stored++;
  if (stored) log.splice(0, stored);
}

/**
 * `record` as it was at `seq`: a copy without the changes this module made in place after it, or the record itself
 * when there are none. A state folded at `seq` shares its record with the states after it (timeline.ts).
 */
export function withoutWritesAfter<T extends object>(record: T, seq: number): T {
  const log = writes.get(record);
  if (!log?.length || log.at(-1)!.seq <= seq) return record;
  const copy = { ...record };
  for (let i = log.length - 1; i >= 0 && log[i]!.seq > seq; i--) {
    const { key, before } = log[i]!;
    if (before === undefined) Reflect.deleteProperty(copy, key);
    else Object.defineProperty(copy, key, { value: before, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function ownedCopy<T extends object>(record: T): T {
  if (owned.has(record)) return record;
  const copy = { ...record };
  owned.add(copy);
  return copy;
}
