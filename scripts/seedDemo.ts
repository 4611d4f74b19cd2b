// Fills a running server with a demo workshop: `tsx scripts/seedDemo.ts http://localhost:3000 [phase]`.
// Prints the facilitator, participant and projector addresses.
import { nanoid } from 'nanoid';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/contract';
import { evolveAll } from '../shared/evolve';
import { parseSnapshot } from '../shared/session/snapshot';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const [base = 'http://localhost:3000', phase = 'collecting'] = process.argv.slice(2);

const ideas = [
  ['public', 'Fælles læsekampagne med sundhedsplejen', 'Sundhedsplejen', ['users', 'marketing']],
  ['public', 'Borgerservice og bibliotek deler vejledere om digital post', 'Borgerservice', ['resources']],
  ['market', 'Lokal café driver kaffebar i biblioteket', 'Café Bønne', ['customers', 'credibility']],
  ['market', 'Virksomheder tester nye produkter i vores makerspace', 'Erhvervsrådet', ['lab', 'knowledge']],
  ['civil', 'Lektiecafé med frivillige fra Røde Kors', 'Røde Kors', ['facilities', 'visibility']],
  ['civil', 'Strikkeklub <script>alert(1)</script> “æøå; ÆØÅ”', 'Ældresagen', ['platform']],
] as const;

const created = (await (await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as {
  sessionId: string; joinCode: string; facilitatorKey: string; facilitatorUrl: string; joinUrl: string; projectorUrl: string;
};
const connect = (): Client => io(base, { transports: ['websocket'] });
const facilitator = connect();
await facilitator.emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
await facilitator.emitWithAck('board:phase', { phase: 'collecting' });
const phones: Client[] = [];
for (const [i, name] of ['Anne', 'Bo', 'Camilla'].entries()) {
  const phone = connect();
  await phone.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, participantId: nanoid(), secret: nanoid(32), name });
  phones.push(phone);
  for (const [sector, text, partner, gains] of ideas.filter((_, j) => j % 3 === i)) {
    await phone.emitWithAck('idea:add', { id: nanoid(), sector, text, partner, gains: [...gains] });
  }
}
if (phase !== 'collecting') {
  await facilitator.emitWithAck('board:phase', { phase: 'voting' });
  const state = await facilitator.emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  if (!state.ok || state.data.sync.kind !== 'snapshot') throw new Error('expected a snapshot');
  // The snapshot may be a cached one from before the ideas; the events after it bring them.
  const board = evolveAll(parseSnapshot(state.data.sync.stateJson), state.data.sync.events).board;
  const ids = board.ideas.map((i) => i.id);
  for (const [p, phone] of phones.entries()) for (const id of ids.slice(p, p + 3)) await phone.emitWithAck('vote:cast', { ideaId: id });
  if (phase === 'results') await facilitator.emitWithAck('board:phase', { phase: 'results' });
}
console.log(JSON.stringify(created));
for (const s of [facilitator, ...phones]) s.disconnect();
