// Prepares a session on our server: a facilitator, the board open, and `ideaCount` ideas added over
// sockets the way phones add them (spread over enough sockets to stay within the per-socket limit).
import { evolveAll } from '../shared/evolve';
import { io } from 'socket.io-client';
import { syncedState } from '../shared/session/snapshot';
import { type Created, newId, participantCredentials, type TestSocket } from '../test/kit/mirror';
import { benchIdea } from './phone/phone';

const IDEAS_PER_SEEDER = 20;
const SEEDERS_AT_ONCE = 50;

export interface SeededSession {
  joinCode: string;
  facilitator: TestSocket;
  /** How a facilitator joins this session. */
  asFacilitator: { role: 'facilitator'; sessionId: string; key: string };
  /** The board as a joining phone receives it; the relay serves the same bytes. */
  boardJson: string;
  ideaIds: string[];
}

const connect = (url: string): TestSocket => io(url, { transports: ['websocket'], forceNew: true, reconnection: false });

async function must<T extends { ok: boolean }>(what: string, reply: Promise<T>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result;
}

export async function seedOurs(url: string, ideaCount: number): Promise<SeededSession> {
  const res = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const created = (await res.json()) as Created;
  const facilitator = connect(url);
  const asFacilitator = { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey } as const;
  await must('facilitator join', facilitator.emitWithAck('session:join', asFacilitator));
  await must('open board', facilitator.emitWithAck('board:phase', { phase: 'collecting' }));
  // Enough dots that voting phones alternate cast and retract without running out.
  await must('settings', facilitator.emitWithAck('board:settings', { dotsPerParticipant: 20, allowStacking: true }));

  const seeders = Array.from({ length: Math.ceil(ideaCount / IDEAS_PER_SEEDER) }, (_, s) => s);
  async function seedWith(batch: number[]) {
    await Promise.all(batch.map(async (s) => {
      const socket = connect(url);
      await must('seeder join', socket.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...participantCredentials(`Seeder ${s}`) }));
      const count = Math.min(IDEAS_PER_SEEDER, ideaCount - s * IDEAS_PER_SEEDER);
      await Promise.all(Array.from({ length: count }, () => must('seed idea', socket.emitWithAck('idea:add', benchIdea(newId())))));
      socket.disconnect();
    }));
  }
  // A few dozen at a time: five hundred sockets opening at once for a full board time out on a busy machine.
  for (let from = 0; from < seeders.length; from += SEEDERS_AT_ONCE) await seedWith(seeders.slice(from, from + SEEDERS_AT_ONCE));

  // A fresh socket: a rejoin on the held one is answered with the events since, not a board (server/socket/sync.ts).
  const reader = connect(url);
  const joined = await must('facilitator board', reader.emitWithAck('session:join', asFacilitator));
  facilitator.disconnect();
  const sync = joined.ok ? joined.data.sync : undefined;
  if (sync?.kind !== 'snapshot') throw new Error('expected a snapshot');
  // A cached snapshot comes with the events since it was taken; the board the relay serves must hold them too.
  const state = syncedState(null, sync, evolveAll);
  if (!state) throw new Error('expected a board');
  const boardJson = sync.events.length ? JSON.stringify(state) : sync.stateJson;
  const ideaIds = state.board.ideas.map((i) => i.id);
  return { joinCode: created.joinCode, facilitator: reader, asFacilitator, boardJson, ideaIds };
}
