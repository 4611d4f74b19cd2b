// `npx tsx bench/votePath.ts`: the server's own work for one vote (decide, apply, project for every screen) on a
// 1,000- and a 10,000-idea board, without sockets or disk, so the board's size is the only thing that changes.
// "scan" drops the kept dot count, so the budget check scans every idea: the cost the kept count saves.
import { commands } from '../shared/contract';
import type { DomainEvent, SequencedEvent } from '../shared/events';
import { evolve } from '../shared/evolve';
import { emptyBoard } from '../shared/board/initial';
import type { Idea } from '../shared/board/types';
import { blankSession } from '../shared/session/evolve';
import type { SessionState } from '../shared/state';
import { projectForAll } from '../server/session/timeline';

type Decide = (ctx: unknown, payload: { ideaId: string }) => DomainEvent[];
const VOTERS = 100;
const VOTES = 20_000;

function board(ideas: number): SessionState {
  const state = blankSession('bench-session');
  const list: Idea[] = Array.from({ length: ideas }, (_, i) => ({
    id: `idea-${String(i).padStart(8, '0')}`, sector: 'civil', text: `Idé ${i}`, partner: '', libraryBrings: '', partnerBrings: '',
    gains: [], reasons: [], kind: {}, authorId: null, createdAt: 0, updatedAt: 0, version: 1, hidden: false, groupId: null, tableId: null, votes: {},
  }));
  const participants = Object.fromEntries(Array.from({ length: VOTERS }, (_, p) => [`voter-${p}`, { id: `voter-${p}`, name: '', joinedAt: 0 }]));
  return { ...state, participants, board: { ...emptyBoard({ dotsPerParticipant: 20, allowStacking: true }), phase: 'voting', ideas: list, dots: {} } };
}

function run(ideas: number, scan: boolean): number {
  let state = board(ideas);
  const started = process.hrtime.bigint();
  for (let v = 0; v < VOTES; v++) {
    // Casts spread over the whole board, each retracted again at once so no one runs out of dots.
    const pair = Math.floor(v / 2);
    const participantId = `voter-${pair % VOTERS}`;
    const ideaId = state.board.ideas[(pair * 7919) % ideas]!.id;
    const name = v % 2 === 0 ? 'vote:cast' : 'vote:retract';
    const events = (commands[name].decide as Decide)({ state: scan ? { ...state, board: { ...state.board, dots: undefined } } : state, actor: { role: 'participant', participantId }, now: 0, newId: () => '' }, { ideaId });
    for (const event of events) {
      const sequenced: SequencedEvent = { seq: state.seq + 1, at: 0, actor: participantId, event };
      const before = state;
      state = evolve(state, sequenced);
      projectForAll(sequenced, before, state);
    }
  }
  return Number(process.hrtime.bigint() - started) / 1000 / VOTES;
}

for (const scan of [false, true]) {
  const [small, large] = [1000, 10_000].map((ideas) => run(ideas, scan));
  console.log(`${scan ? 'scan (before) ' : 'kept count    '}: ${small!.toFixed(1)} µs/vote on 1,000 ideas, ${large!.toFixed(1)} µs/vote on 10,000 ideas (x${(large! / small!).toFixed(2)})`);
}
