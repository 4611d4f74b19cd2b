// What each screen receives on the wire: join answers, snapshots, catch-ups and live batches, raw.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { phoneRecorder, projectorRecorder, Recorder, recorder as recorderOf } from '../kit/recorder';
import { type Created, joinAsFacilitator, joinAsParticipant, type Mirror, newId, type TestServer } from '../kit/testServer';

const projectorOf = (server: TestServer, created: Created) => projectorRecorder(server, created);
const phoneOf = (server: TestServer, created: Created, name: string) => phoneRecorder(server, created, name);
const recorder = (server: TestServer, payload: Parameters<Mirror['join']>[0]) => recorderOf(server, payload);

/** A day with approval on, a hidden idea, a rejected idea, votes and results, seen by every kind of screen. */
async function day(server: TestServer) {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const facilitatorRaw = await recorder(server, { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  const projector = await projectorOf(server, created);
  const anna = await phoneOf(server, created, 'Anna Andersen');
  const bo = await phoneOf(server, created, 'Bo Bertelsen');
  const f = facilitator.socket;
  await f.emitWithAck('board:phase', { phase: 'collecting' });
  await f.emitWithAck('board:settings', { requireApproval: true });
  const annasIdea = newId();
  const bosIdea = newId();
  const rejected = newId();
  const hidden = newId();
  expect((await anna.socket.emitWithAck('idea:add', { id: annasIdea, sector: 'civil', text: 'Lektiecafé med Røde Kors' })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('idea:add', { id: bosIdea, sector: 'market', text: 'Sponsoreret læseklub' })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('idea:add', { id: rejected, sector: 'market', text: 'Afvist forslag om reklame' })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('idea:add', { id: hidden, sector: 'public', text: 'Skjult forslag om jobcentret' })).ok).toBe(true);
  await anna.until((m) => m.state!.board.ideas.some((i) => i.id === annasIdea && i.pending));
  expect((await f.emitWithAck('idea:review', { ids: [annasIdea, bosIdea, hidden], decision: 'approve' })).ok).toBe(true);
  expect((await f.emitWithAck('idea:review', { ids: [rejected], decision: 'reject' })).ok).toBe(true);
  await anna.until((m) => m.state!.board.ideas.some((i) => i.id === hidden));
  expect((await f.emitWithAck('idea:hide', { id: hidden, hidden: true })).ok).toBe(true);
  await f.emitWithAck('board:phase', { phase: 'voting' });
  expect((await bo.socket.emitWithAck('vote:cast', { ideaId: annasIdea })).ok).toBe(true);
  expect((await anna.socket.emitWithAck('vote:cast', { ideaId: bosIdea })).ok).toBe(true);
  await f.emitWithAck('board:phase', { phase: 'results' });
  await anna.until((m) => m.state!.board.phase === 'results');
  // A phone that comes back with its seq is caught up; a phone that joins now starts from a snapshot.
  const annaAgain = new Recorder(server.connect());
  annaAgain.state = anna.state;
  await annaAgain.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials });
  const cara = await phoneOf(server, created, 'Cara Carlsen');
  await projector.until((m) => m.state!.board.phase === 'results');
  return { created, facilitator, facilitatorRaw, projector, anna, annaAgain, bo, cara, ids: { annasIdea, bosIdea, rejected, hidden } };
}

describe('what each screen receives', () => {
  it('never sends a phone another participant id or name, a voter, or a hidden, waiting or rejected idea text', async ({ server }) => {
    const { anna, annaAgain, bo, cara } = await day(server);
    for (const phone of [anna, annaAgain]) {
      const wire = phone.text();
      for (const secret of [bo.id, 'Bo Bertelsen', cara.id, 'Cara Carlsen', 'Afvist forslag']) expect(wire).not.toContain(secret);
    }
    const late = cara.text();
    for (const secret of [anna.id, 'Anna Andersen', bo.id, 'Bo Bertelsen', 'Afvist forslag', 'Skjult forslag']) expect(late).not.toContain(secret);
    // Bo's waiting idea reached Anna only once approved: the raw messages before the approval lack it.
    const approval = anna.raw.findIndex((m) => m.includes('"idea:reviewed"'));
    expect(anna.raw.slice(0, approval).join('\n')).not.toContain('Sponsoreret læseklub');
    expect(anna.raw.slice(approval).join('\n')).toContain('Sponsoreret læseklub');
    // The hidden idea's text is not sent after it is hidden.
    const hiding = anna.raw.findIndex((m) => m.includes('"idea:hidden"'));
    expect(anna.raw.slice(hiding).join('\n')).not.toContain('Skjult forslag');
    expect(annaAgain.text()).not.toContain('Skjult forslag');
    // Her own things she does get, and the totals once results show, without voters.
    expect(anna.text()).toContain('Anna Andersen');
    expect(anna.state!.board.ideas.find((i) => i.id === anna.state!.board.ideas[0]!.id)).toBeDefined();
    expect(anna.gaps + annaAgain.gaps + cara.gaps).toBe(0);
  });

  it('sends the facilitator everything: names, voters, waiting and hidden ideas', async ({ server }) => {
    const { facilitatorRaw, anna, bo } = await day(server);
    const wire = facilitatorRaw.text();
    for (const fact of [anna.id, bo.id, 'Anna Andersen', 'Bo Bertelsen', 'Afvist forslag', 'Skjult forslag', '"vote:cast"']) expect(wire).toContain(fact);
  });

  it('sends the projector no names or ids, until the facilitator shows names', async ({ server }) => {
    const { created, facilitator, projector, anna, bo } = await day(server);
    const wire = projector.text();
    for (const secret of [anna.id, bo.id, 'Anna Andersen', 'Bo Bertelsen', 'Afvist forslag']) expect(wire).not.toContain(secret);
    expect((await facilitator.socket.emitWithAck('board:settings', { showNamesOnProjector: true })).ok).toBe(true);
    await projector.until((m) => Object.keys(m.state!.participants).length > 0);
    const named = await projectorOf(server, created);
    expect(named.text()).toContain('Anna Andersen');
    expect(projector.text()).toContain('Bo Bertelsen');
  });

  it('tells no phone about the others joining, so a join storm is no storm of messages', async ({ server }) => {
    const created = await server.createSession();
    const anna = await phoneOf(server, created, 'Anna');
    const others = await Promise.all(Array.from({ length: 20 }, (_, i) => joinAsParticipant(server, created, `P${i}`)));
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    await anna.until((m) => m.state!.board.phase === 'collecting');
    expect(anna.received.map((b) => b.events.map((e) => e.event.type))).toEqual([['board:phaseChanged']]);
    expect(others.every((o) => o.gaps === 0)).toBe(true);
  });
});

/** A board open for ideas with Anna's phone up to date. */
async function collectingWithAnna(server: TestServer) {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const anna = await joinAsParticipant(server, created, 'Anna');
  await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
  await anna.until((m) => m.state!.board.phase === 'collecting');
  return { facilitator, anna };
}

describe('gaps in a stream with holes', () => {
  it('does not resync a phone that was sent nothing for events it may not see', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    for (let i = 0; i < 5; i++) await joinAsParticipant(server, created, `P${i}`);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    await anna.until((m) => m.state!.board.phase === 'collecting');
    expect(anna.state!.seq).toBe(facilitator.state!.seq);
    expect(anna.gaps).toBe(0);
    expect(anna.joins).toBe(1);
  });

  it('resyncs a phone that missed a batch it may see, and it ends up complete', async ({ server }) => {
    const { facilitator, anna } = await collectingWithAnna(server);
    anna.dropNext = true;
    const lost = newId();
    await facilitator.socket.emitWithAck('idea:add', { id: lost, sector: 'civil', text: 'Tabt undervejs' });
    await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Den næste' });
    await anna.until((m) => m.joins === 2 && m.state!.board.ideas.length === 2);
    expect(anna.gaps).toBe(1);
    expect(anna.state!.board.ideas.some((i) => i.id === lost)).toBe(true);
  });

  it('detects a missed batch of a phone own events with its next own batch', async ({ server }) => {
    const { anna } = await collectingWithAnna(server);
    anna.dropNext = true;
    await anna.socket.emitWithAck('participant:rename', { name: 'Anna B' });
    await anna.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Efter det tabte' });
    await anna.until((m) => m.joins === 2 && m.state!.board.ideas.length === 1);
    expect(anna.gaps).toBe(1);
    expect(anna.state!.participants[anna.credentials.participantId]!.name).toBe('Anna B');
  });
});
