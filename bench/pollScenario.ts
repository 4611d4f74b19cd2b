// 500 phones answer a live poll within 10 s while a projector folds the results: how long after an answer's
// acknowledgement does the projector's result include it, and is every acknowledged answer counted?
import { evolveAll } from '../shared/evolve';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/contract';
import { findPoll } from '../shared/poll/polls';
import { applyBatch, type EventBatch } from '../shared/projection/batch';
import { syncedState } from '../shared/session/snapshot';
import type { SessionState } from '../shared/state';
import { newId } from '../test/kit/mirror';
import { wallNow } from './protocol';
import { joinStorm, stormOf } from './scenarios';
import { type Summary, summarise } from './stats';
import type { Target } from './targets';
import type { WorkerPool } from './workers';

export interface PollFigures {
  phones: number;
  acked: number;
  /** From the first scheduled answer to the last acknowledgement. */
  windowSeconds: number;
  /** Projector's result holding the answer, minus the phone's acknowledgement (negative: the result came first). */
  toProjector: Summary;
  /** The same for the very last acknowledged answer. */
  lastToProjectorMs: number;
  /** Acknowledged answers the projector's final result does not count. */
  lost: number;
  rejected: Record<string, number>;
}

const OPTIONS = 4;
const SPREAD_MS = 9000;

/**
 * The projector as the real one is: joins, folds every event with the shared reducer, notes when each seq arrived;
 * `onBatch` hears each live batch as it is folded.
 */
export async function projectorOf(url: string, joinCode: string, onBatch?: (batch: EventBatch) => void) {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const arrivedAt = new Map<number, number>();
  let state: SessionState | undefined;
  let pending: EventBatch[] | null = [];
  const fold = (batch: EventBatch) => {
    const now = wallNow();
    const next = state && applyBatch(state, batch, evolveAll);
    if (!next) throw new Error('the projector missed a batch');
    state = next;
    onBatch?.(batch);
    for (const e of batch.events) if (!arrivedAt.has(e.seq)) arrivedAt.set(e.seq, now);
  };
  socket.on('events', (batch) => (pending ? pending.push(batch) : fold(batch)));
  const ack = await socket.emitWithAck('session:join', { role: 'projector', joinCode });
  if (!ack.ok) throw new Error(`projector join: ${ack.code}`);
  state = syncedState(undefined, ack.data.sync, evolveAll) ?? undefined;
  if (!state) throw new Error('projector expected a snapshot');
  for (const batch of pending) fold(batch);
  pending = null;
  return {
    state: () => state!,
    /** When the projector first held a state at or past `seq`. */
    heldAt: (seq: number) => {
      let best = Number.POSITIVE_INFINITY;
      for (const [s, at] of arrivedAt) if (s >= seq && at < best) best = at;
      return best;
    },
    close: () => socket.disconnect(),
  };
}

export async function pollScenario(pool: WorkerPool, target: Target, phones: number, log: (line: string) => void): Promise<PollFigures> {
  if (!target.openPoll) throw new Error('this target has no polls');
  const join = await joinStorm(pool, target, phones, 3000);
  if (join.n !== phones) log(`  poll: only ${join.n}/${phones} phones joined`);
  const projector = await projectorOf(target.address.url, target.address.joinCode);
  try {
    const pollId = newId();
    await target.openPoll(pollId, OPTIONS);
    const startAt = wallNow() + 300;
    const answers = await stormOf(pool, { kind: 'answer', phones, perPhone: 1, targets: [pollId], options: OPTIONS, startAt, spreadMs: SPREAD_MS });
    const acks = answers.acks;
    const lastAck = acks.reduce((a, b) => (b.ackAt > a.ackAt ? b : a), { seq: 0, ackAt: 0 });
    // Wait (at most 10 s) for the projector to hold the last acknowledged answer, then read its result.
    const deadline = wallNow() + 10_000;
    while (projector.state().seq < Math.max(...acks.map((a) => a.seq)) && wallNow() < deadline) await new Promise((r) => setTimeout(r, 20));
    const delays = acks.map((a) => projector.heldAt(a.seq) - a.ackAt);
    const poll = findPoll(projector.state().polls, pollId);
    const counted = poll ? poll.tally.counts.reduce((a, b) => a + b, 0) : 0;
    return {
      phones,
      acked: acks.length,
      windowSeconds: Math.round((answers.lastAckAt - startAt) / 10) / 100,
      toProjector: summarise(delays),
      lastToProjectorMs: Math.round((projector.heldAt(lastAck.seq) - lastAck.ackAt) * 10) / 10,
      lost: acks.length - counted,
      rejected: answers.rejected,
    };
  } finally {
    projector.close();
    await pool.all({ op: 'reset' });
  }
}
