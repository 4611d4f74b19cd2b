import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, newId } from '../kit/testServer';

describe('the board over real sockets', () => {
  it('shows an added idea to everyone else', async ({ collectingRoom: { facilitator, anna, bo } }) => {
    const id = newId();
    const ack = await anna.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Lektiecafé med Røde Kors' });
    expect(ack.ok).toBe(true);
    await bo.until((m) => m.state!.board.ideas.some((i) => i.id === id));
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.id === id));
  });

  it('keeps a retried add with the same id as one idea', async ({ collectingRoom: { facilitator, anna } }) => {
    const idea = { id: newId(), sector: 'public' as const, text: 'Fælles arrangement med jobcentret' };
    const acks = await Promise.all([anna.socket.emitWithAck('idea:add', idea), anna.socket.emitWithAck('idea:add', idea)]);
    expect(acks.every((a) => a.ok)).toBe(true);
    await anna.socket.emitWithAck('participant:rename', { name: 'Anna A' }); // a later event to wait for
    await facilitator.until((m) => m.state!.participants[anna.credentials.participantId]?.name === 'Anna A');
    expect(facilitator.state!.board.ideas.filter((i) => i.id === idea.id)).toHaveLength(1);
  });

  it('enforces the dot budget under concurrent votes from one participant on two sockets', async ({ server, collectingRoom: { created, facilitator, anna } }) => {
    const ids = [newId(), newId(), newId(), newId(), newId()];
    for (const id of ids) await facilitator.socket.emitWithAck('idea:add', { id, sector: 'market', text: `Idé ${id}` });
    await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
    const second = new Mirror(server.connect());
    await second.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials });
    const acks = await Promise.all(
      ids.map((ideaId, i) => (i % 2 ? second : anna).socket.emitWithAck('vote:cast', { ideaId })),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(3);
    expect(acks.filter((a) => !a.ok).map((a) => !a.ok && a.code)).toEqual(['limit_reached', 'limit_reached']);
    const fresh = await joinAsFacilitator(server, created);
    const dots = fresh.state!.board.ideas.reduce((sum, i) => sum + (i.votes[anna.credentials.participantId] ?? 0), 0);
    expect(dots).toBe(3);
  });

  it('keeps the votes of both ideas when the facilitator merges them', async ({ server, collectingRoom: { created, facilitator, anna, bo } }) => {
    const [a, b] = [newId(), newId()];
    await anna.socket.emitWithAck('idea:add', { id: a, sector: 'market', text: 'Kaffebar' });
    await bo.socket.emitWithAck('idea:add', { id: b, sector: 'market', text: 'Café' });
    await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
    await anna.socket.emitWithAck('vote:cast', { ideaId: b });
    await bo.socket.emitWithAck('vote:cast', { ideaId: a });
    const merged = await facilitator.socket.emitWithAck('idea:merge', { sourceId: b, targetId: a });
    expect(merged.ok).toBe(true);
    const fresh = await joinAsFacilitator(server, created);
    expect(fresh.state!.board.ideas).toHaveLength(1);
    expect(fresh.state!.board.ideas[0]!.votes).toEqual({ [anna.credentials.participantId]: 1, [bo.credentials.participantId]: 1 });
  });

  it.for([
    ['empty text', { sector: 'civil', text: '' }, 'invalid_payload'],
    ['over-long text', { sector: 'civil', text: 'ø'.repeat(501) }, 'too_large'],
    ['an unknown sector', { sector: 'church', text: 'x' }, 'invalid_payload'],
    ['a tag of another sector', { sector: 'civil', text: 'x', gains: ['goodwill'] }, 'invalid_payload'],
  ] as const)('answers an idea with %s by %s and stores nothing', async ([_label, payload, code], { server, collectingRoom: { created, anna } }) => {
    const before = (await joinAsFacilitator(server, created)).state!.seq;
    const ack = await anna.socket.emitWithAck('idea:add', { id: newId(), ...payload } as never);
    expect(ack).toMatchObject({ ok: false, code });
    expect((await joinAsFacilitator(server, created)).state!.seq).toBe(before);
  });

  it('refuses adding outside collecting, voting outside voting and editing someone else’s idea', async ({ collectingRoom: { facilitator, anna, bo } }) => {
    const id = newId();
    await anna.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Lektiecafé' });
    expect(await bo.socket.emitWithAck('idea:edit', { id, baseVersion: 1, text: 'Mit nu' })).toMatchObject({ code: 'forbidden' });
    expect(await bo.socket.emitWithAck('idea:delete', { id })).toMatchObject({ code: 'forbidden' });
    expect(await bo.socket.emitWithAck('vote:cast', { ideaId: id })).toMatchObject({ code: 'wrong_phase' });
    await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
    expect(await bo.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Sent' })).toMatchObject({ code: 'wrong_phase' });
    expect(await anna.socket.emitWithAck('board:phase', { phase: 'results' })).toMatchObject({ code: 'forbidden' });
  });
});
