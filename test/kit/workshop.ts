// A small finished workshop over real sockets: ideas with hostile-to-CSV text, votes, a group, a hidden idea, a run programme.
import { expect } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, newId, type Created, type TestServer } from './testServer';

/** Danish letters, quotes, separators and line breaks: what every format must carry unchanged. */
export const trickyTexts = {
  public: 'Lektiecafé med "Røde Kors"; ÆØÅ æøå\nanden linje, med komma',
  market: 'Kaffebar drevet af "Ølstuen"; smørrebrød',
  civil: 'Fortælleklub for ældre – Ærø, Øster Åby',
} as const;

export async function seedWorkshop(server: TestServer, body: Record<string, unknown> = {}) {
  const created: Created = await server.createSession(body);
  const facilitator = await joinAsFacilitator(server, created);
  const anna = await joinAsParticipant(server, created, 'Anna Ærø');
  const bo = await joinAsParticipant(server, created, 'Bo');
  const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);
  const f = facilitator.socket;

  await ok(f.emitWithAck('agenda:start', {}));
  await ok(f.emitWithAck('agenda:next', {}));
  await ok(f.emitWithAck('board:phase', { phase: 'collecting' }));
  await ok(f.emitWithAck('board:settings', { showNamesOnProjector: true }));
  const ids = { top: newId(), second: newId(), market: newId(), civil: newId(), hidden: newId(), group: newId() };
  await ok(
    anna.socket.emitWithAck('idea:add', {
      id: ids.top,
      sector: 'public',
      text: trickyTexts.public,
      partner: 'Jobcentret; Ærø Kommune',
      libraryBrings: 'Lokaler og "frivillige"',
      partnerBrings: 'Vejledere\nhver tirsdag',
      gains: ['users', 'goodwill'],
      reasons: ['community'],
      kind: { reach: 'local', duration: 'long' },
    }),
  );
  await ok(bo.socket.emitWithAck('idea:add', { id: ids.second, sector: 'public', text: 'Fælles arrangement med sundhedsplejen' }));
  await ok(bo.socket.emitWithAck('idea:add', { id: ids.market, sector: 'market', text: trickyTexts.market, partner: 'Ølstuen ApS', gains: ['customers'] }));
  await ok(f.emitWithAck('idea:add', { id: ids.civil, sector: 'civil', text: trickyTexts.civil, partner: 'Ældresagen' }));
  await ok(anna.socket.emitWithAck('idea:add', { id: ids.hidden, sector: 'civil', text: 'Skjult idé, som ikke må eksporteres' }));
  await ok(f.emitWithAck('idea:hide', { id: ids.hidden, hidden: true }));
  await ok(f.emitWithAck('group:create', { id: ids.group, sector: 'public', title: 'Job & læring' }));
  await ok(f.emitWithAck('idea:group', { id: ids.top, groupId: ids.group }));
  await ok(f.emitWithAck('board:phase', { phase: 'voting' }));
  await ok(anna.socket.emitWithAck('vote:cast', { ideaId: ids.top }));
  await ok(anna.socket.emitWithAck('vote:cast', { ideaId: ids.market }));
  await ok(bo.socket.emitWithAck('vote:cast', { ideaId: ids.top }));
  await ok(bo.socket.emitWithAck('vote:cast', { ideaId: ids.civil }));
  await ok(f.emitWithAck('board:phase', { phase: 'results' }));
  await facilitator.until((m) => m.state!.board.phase === 'results');
  return { created, facilitator, anna, bo, ids };
}
