// Two-round voting over real sockets: each table picks among its own ideas, then the room among the picks.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, newId } from '../kit/testServer';

const codeOf = (ack: { ok: true } | { ok: false; code: string }) => (ack.ok ? 'ok' : ack.code);

/** Anna at table 1, Bo at table 2, each with two ideas, the vote in two rounds with one pick per table, round one on. */
const roundOne = it.extend('tables', async ({ collectingRoom: { facilitator, anna, bo } }) => {
  await anna.socket.emitWithAck('table:choose', { tableId: 'bord-1' });
  await bo.socket.emitWithAck('table:choose', { tableId: 'bord-2' });
  const ideas = { a1: newId(), a2: newId(), b1: newId(), b2: newId() };
  await anna.socket.emitWithAck('idea:add', { id: ideas.a1, sector: 'civil', text: 'Lektiecafé' });
  await anna.socket.emitWithAck('idea:add', { id: ideas.a2, sector: 'market', text: 'Kaffebar' });
  await bo.socket.emitWithAck('idea:add', { id: ideas.b1, sector: 'public', text: 'Jobcenter' });
  await bo.socket.emitWithAck('idea:add', { id: ideas.b2, sector: 'civil', text: 'Spejderne' });
  await facilitator.socket.emitWithAck('board:settings', { votingRounds: 2, picksPerTable: 1 });
  await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' });
  await anna.until((m) => m.state!.board.phase === 'voting');
  await bo.until((m) => m.state!.board.phase === 'voting');
  return { ideas };
});

describe('two rounds of voting', () => {
  roundOne('shows a phone only its own table\'s ideas in round one, on the wire and in a fresh join', async ({ server, workshop, tables: { ideas }, collectingRoom: { anna, bo } }) => {
    expect(anna.state!.board.ideas.map((i) => i.id).sort()).toEqual([ideas.a1, ideas.a2].sort());
    expect(bo.state!.board.ideas.map((i) => i.id).sort()).toEqual([ideas.b1, ideas.b2].sort());
    const fresh = new Mirror(server.connect());
    await fresh.join({ role: 'participant', joinCode: workshop.joinCode, ...anna.credentials });
    expect(fresh.state!.board.ideas.map((i) => i.id).sort()).toEqual([ideas.a1, ideas.a2].sort());
    const stranger = new Mirror(server.connect());
    await stranger.join({ role: 'participant', joinCode: workshop.joinCode, participantId: newId(), secret: newId() + newId(), tableId: 'bord-2' });
    expect(stranger.state!.board.ideas.map((i) => i.id).sort()).toEqual([ideas.b1, ideas.b2].sort());
  });

  roundOne('refuses a dot on another table\'s idea, and a phone without a table', async ({ server, workshop, tables: { ideas }, collectingRoom: { anna } }) => {
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.b1 }))).toBe('not_found');
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 }))).toBe('ok');
    expect(codeOf(await anna.socket.emitWithAck('table:choose', { tableId: 'bord-2' }))).toBe('wrong_phase');
    const unseated = new Mirror(server.connect());
    await unseated.join({ role: 'participant', joinCode: workshop.joinCode, participantId: newId(), secret: newId() + newId() });
    expect(unseated.state!.board.ideas).toEqual([]);
    expect(codeOf(await unseated.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 }))).toBe('wrong_phase');
  });

  roundOne('keeps a round-one dot in round one and lets the room vote only among the picks', async ({ server, workshop, tables: { ideas }, collectingRoom: { facilitator, anna, bo } }) => {
    await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 });
    await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a2 });
    await bo.socket.emitWithAck('vote:cast', { ideaId: ideas.b2 });
    expect(codeOf(await anna.socket.emitWithAck('board:round', { round: 2 }))).toBe('forbidden');
    expect(codeOf(await facilitator.socket.emitWithAck('board:round', { round: 2 }))).toBe('ok');
    await facilitator.until((m) => m.state!.board.round === 2);
    // One pick per table; a tie (a1, a2 one dot each) goes to the newest.
    expect(facilitator.state!.board.picks.slice(0, 2)).toEqual([
      { tableId: 'bord-1', ideas: [{ id: ideas.a2, votes: 1 }] },
      { tableId: 'bord-2', ideas: [{ id: ideas.b2, votes: 1 }] },
    ]);
    await anna.until((m) => m.state!.board.round === 2);
    // Round two: every phone sees the whole room again and has all its dots.
    expect(anna.state!.board.ideas).toHaveLength(4);
    // Her round-one dot on a2, a pick now, is not hers to take back in round two.
    expect(codeOf(await anna.socket.emitWithAck('vote:retract', { ideaId: ideas.a2 }))).toBe('not_found');
    expect(codeOf(await anna.socket.emitWithAck('vote:retract', { ideaId: ideas.a1 }))).toBe('wrong_phase');
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 }))).toBe('wrong_phase');
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.b2 }))).toBe('ok');
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a2 }))).toBe('ok');
    expect(codeOf(await bo.socket.emitWithAck('vote:cast', { ideaId: ideas.b2 }))).toBe('ok');
    const fresh = await joinAsFacilitator(server, workshop);
    const byId = new Map(fresh.state!.board.ideas.map((i) => [i.id, i]));
    const annaId = anna.credentials.participantId;
    expect(byId.get(ideas.a1)!.roundOne).toEqual({ [annaId]: 1 });
    expect(byId.get(ideas.a1)!.votes).toEqual({});
    expect(byId.get(ideas.b2)!.votes).toEqual({ [annaId]: 1, [bo.credentials.participantId]: 1 });
    expect(fresh.state!.board.dots).toEqual({ [annaId]: 2, [bo.credentials.participantId]: 1 });
    expect(codeOf(await facilitator.socket.emitWithAck('board:settings', { votingRounds: 1 }))).toBe('wrong_phase');
  });

  roundOne('names in a phone\'s hint only ideas of its own table in round one', async ({ tables: { ideas }, collectingRoom: { anna, bo } }) => {
    const hint = async (socket: typeof anna.socket, text: string) => {
      const ack = (await socket.emitWithAck('similar:hint', { sector: 'civil', text })) as { ok: true; data: { ids: string[] } } | { ok: false; code: string };
      return ack.ok ? ack.data.ids : ack.code;
    };
    expect(await hint(anna.socket, 'Spejderne')).toEqual([]);
    expect(await hint(bo.socket, 'Spejderne')).toEqual([ideas.b2]);
    expect(await hint(bo.socket, 'Lektiecafé')).toEqual([]);
  });

  roundOne('tells each table\'s phones of a change to its idea, and no other table', async ({ tables: { ideas }, collectingRoom: { facilitator, anna, bo } }) => {
    expect(codeOf(await facilitator.socket.emitWithAck('idea:edit', { id: ideas.a1, baseVersion: 1, text: 'Lektiecafé med Røde Kors' }))).toBe('ok');
    await anna.until((m) => m.state!.board.ideas.some((i) => i.id === ideas.a1 && i.text === 'Lektiecafé med Røde Kors'));
    await facilitator.socket.emitWithAck('session:rename', { title: 'Sidst' });
    await bo.until((m) => m.state!.title === 'Sidst');
    expect(JSON.stringify(bo.received)).not.toContain('Røde Kors');
  });

  roundOne('"Glem mig" erases a seated voter from the state and the stored log; the table and round one\'s dots stay', async ({ server, workshop, tables: { ideas }, collectingRoom: { facilitator, anna } }) => {
    const annaId = anna.credentials.participantId;
    await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 });
    await facilitator.socket.emitWithAck('board:round', { round: 2 });
    expect(codeOf(await anna.socket.emitWithAck('vote:cast', { ideaId: ideas.a1 }))).toBe('ok');
    expect(codeOf(await anna.socket.emitWithAck('participant:forget', {}))).toBe('ok');
    await server.server.hub.flushed();
    const fresh = await joinAsFacilitator(server, workshop);
    const a1 = fresh.state!.board.ideas.find((i) => i.id === ideas.a1)!;
    expect(a1.tableId).toBe('bord-1');
    expect(a1.roundOne).toEqual({ '*': 1 });
    expect(a1.votes).toEqual({ '*': 1 });
    expect(fresh.state!.participants[annaId]).toBeUndefined();
    expect(fresh.state!.unnamed).toEqual({ participants: 1, voters: 1 });
    expect(JSON.stringify(await server.store.events(workshop.sessionId, 0))).not.toContain(annaId);
  });
});
