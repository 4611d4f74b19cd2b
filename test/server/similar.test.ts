// Alike ideas and questions over real sockets: the console gets suggested groups, merges (and undoes) or dismisses
// them, a dismissal survives a restart; a phone's hint names only ideas it may see; no participant learns of either.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, joinAsParticipant, newId, startServer } from '../kit/testServer';

const ok = async (promise: Promise<{ ok: boolean }>) => expect((await promise).ok).toBe(true);
type Socket = { emitWithAck: (event: string, payload: unknown) => Promise<unknown> };
const ask = <T>(socket: unknown, event: string, payload: unknown) => (socket as Socket).emitWithAck(event, payload) as Promise<{ ok: true; data: T } | { ok: false; code: string }>;
const groupsOf = async (socket: unknown, payload: unknown = { scope: 'ideas' }) => {
  const answer = await ask<{ groups: string[][] }>(socket, 'similar:find', payload);
  if (!answer.ok) throw new Error(answer.code);
  return answer.data.groups;
};

const ideas = {
  a: ['civil', 'Ældre Sagen: IT-hjælp'],
  b: ['civil', 'IT hjælp med Ældresagen for seniorer'],
  c: ['civil', 'ÆLDRE SAGEN – it-hjælp\u200B til pensionister'],
  d: ['civil', 'Spejderne bygger shelter i bibliotekshaven'],
  e: ['public', 'Ældre Sagen: IT-hjælp'],
} as const;

describe('suggested groups of alike ideas', () => {
  it('groups the near-duplicates of one sector for the facilitator; merge is undone and dismiss persists across a restart', async ({ server, collectingRoom }) => {
    const { created, facilitator, anna, bo } = collectingRoom;
    const id: Record<string, string> = {};
    for (const [key, [sector, text]] of Object.entries(ideas)) {
      id[key] = newId();
      await ok((key === 'b' ? bo : anna).socket.emitWithAck('idea:add', { id: id[key], sector, text }));
    }
    const groups = await groupsOf(facilitator.socket);
    expect(groups.map((g) => [...g].sort())).toEqual([[id.a, id.b, id.c].sort()]);

    // One click merges one member into the first; the undo brings it back.
    const [first, second] = groups[0]!;
    await ok(facilitator.socket.emitWithAck('idea:merge', { sourceId: second!, targetId: first! }));
    await facilitator.until((m) => !m.state!.board.ideas.some((i) => i.id === second));
    expect((await groupsOf(facilitator.socket))[0]).toHaveLength(2);
    const seq = facilitator.state!.undo!.filter((e) => e.kind === 'merge').at(-1)!.seq;
    await ok(facilitator.socket.emitWithAck('history:undo', { seq }));
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.id === second));
    expect(await groupsOf(facilitator.socket)).toHaveLength(1);

    await ok(facilitator.socket.emitWithAck('similar:dismiss', { scope: 'ideas', ids: groups[0]! }));
    expect(await groupsOf(facilitator.socket)).toEqual([]);
    // Phones were never told: neither the dismissal nor the suggestions.
    await anna.until((m) => m.state!.seq >= facilitator.state!.seq - 10);
    expect(anna.state!.similar).toBeUndefined();
    expect(anna.received.some((batch) => JSON.stringify(batch).includes('similar:'))).toBe(false);

    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    try {
      const again = await joinAsFacilitator(restarted, created);
      expect(again.state!.similar?.ideas).toEqual([groups[0]]);
      expect(await groupsOf(again.socket)).toEqual([]);
    } finally {
      await restarted.close();
    }
  });

  it('refuses participants, the projector and hostile payloads with typed errors', async ({ collectingRoom }) => {
    const { facilitator, anna } = collectingRoom;
    expect(await ask(anna.socket, 'similar:find', { scope: 'ideas' })).toMatchObject({ ok: false, code: 'forbidden' });
    for (const payload of [null, 'x', { scope: '__proto__' }, { scope: 'questions' }, { scope: 'questions', itemId: '../../x' }, { scope: 'ideas', extra: 1 }]) {
      expect(await ask(facilitator.socket, 'similar:find', payload), JSON.stringify(payload)).toMatchObject({ ok: false, code: 'invalid_payload' });
    }
    for (const payload of [{ scope: 'ideas', ids: ['__proto__', 'constructor'] }, { scope: 'ideas', ids: Array.from({ length: 51 }, newId) }, { scope: 'people', ids: [newId(), newId()] }]) {
      const answer = await facilitator.socket.emitWithAck('similar:dismiss', payload as never);
      // Refused, or (ids of nothing on the board) acknowledged with nothing stored.
      expect(!answer.ok || answer.data.seq === facilitator.state!.seq, JSON.stringify(payload).slice(0, 60)).toBe(true);
    }
    expect(facilitator.state!.similar).toBeUndefined();
    expect(await anna.socket.emitWithAck('similar:dismiss', { scope: 'ideas', ids: [newId(), newId()] })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe("a phone's hint while it writes an idea", () => {
  it('names only alike ideas of the sector that this phone may see, never hidden or waiting ones', async ({ server, collectingRoom }) => {
    const { created, facilitator, anna, bo } = collectingRoom;
    const [shown, hidden, other] = [newId(), newId(), newId()];
    await ok(bo.socket.emitWithAck('idea:add', { id: shown, sector: 'civil', text: 'Røde Kors besøgsvenner' }));
    await ok(bo.socket.emitWithAck('idea:add', { id: hidden, sector: 'civil', text: 'Besøgsvenner fra Røde Kors' }));
    await ok(bo.socket.emitWithAck('idea:add', { id: other, sector: 'public', text: 'Røde Kors besøgsvenner' }));
    await ok(facilitator.socket.emitWithAck('idea:hide', { id: hidden, hidden: true }));
    await ok(facilitator.socket.emitWithAck('board:settings', { requireApproval: true }));
    const carl = await joinAsParticipant(server, created, 'Carl');
    const waiting = newId();
    await ok(carl.socket.emitWithAck('idea:add', { id: waiting, sector: 'civil', text: 'Røde Kors besøgsven' }));
    const hint = await ask<{ ids: string[] }>(anna.socket, 'similar:hint', { sector: 'civil', text: "Røde Kors' besøgsvenner" });
    expect(hint).toEqual({ ok: true, data: { ids: [shown] } });
    // Its author sees a waiting idea, so it may be named to them.
    const own = await ask<{ ids: string[] }>(carl.socket, 'similar:hint', { sector: 'civil', text: 'Røde Kors besøgsvenner' });
    expect(own.ok && [...own.data.ids].sort()).toEqual([shown, waiting].sort());
    expect(await ask(facilitator.socket, 'similar:hint', { sector: 'civil', text: 'Røde Kors' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ask(anna.socket, 'similar:hint', { sector: 'civil', text: 'x'.repeat(2000) })).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('is rate-bounded per connection: a flood is refused with rate_limited', async ({ collectingRoom }) => {
    const { anna } = collectingRoom;
    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(anna.socket, 'similar:hint', { sector: 'civil', text: 'Røde Kors' })));
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.code)).toContain('rate_limited');
    expect(answers.filter((a) => a.ok).length).toBeLessThanOrEqual(6);
  });
});

describe('merging alike questions', () => {
  it('suggests them and adds their upvotes up, one person counted once', async ({ collectingRoom }) => {
    const { facilitator, anna, bo } = collectingRoom;
    const itemId = facilitator.state!.agenda.items.find((i) => i.kind === 'talk')!.id;
    const [q1, q2] = [newId(), newId()];
    await ok(anna.socket.emitWithAck('question:ask', { id: q1, itemId, text: 'Hvordan finansierer I partnerskaberne?' }));
    await ok(bo.socket.emitWithAck('question:ask', { id: q2, itemId, text: 'Hvordan blev partnerskabet finansieret?' }));
    await ok(bo.socket.emitWithAck('question:upvote', { questionId: q1 }));
    await ok(anna.socket.emitWithAck('question:upvote', { questionId: q2 }));
    const groups = await groupsOf(facilitator.socket, { scope: 'questions', itemId });
    expect(groups.map((g) => [...g].sort())).toEqual([[q1, q2].sort()]);
    await ok(facilitator.socket.emitWithAck('question:merge', { sourceId: q2, targetId: q1 }));
    await anna.until((m) => !m.state!.questions.questions.some((q) => q.id === q2));
    // Bo voted for Anna's question; Anna's vote on Bo's cannot count on her own: one vote in all.
    expect(facilitator.state!.questions.questions.find((q) => q.id === q1)).toMatchObject({ votes: 1, voters: [bo.credentials.participantId] });
    await bo.until((m) => m.state!.questions.questions.find((q) => q.id === q1)?.votes === 1);
    expect(anna.state!.questions.questions.find((q) => q.id === q1)).toMatchObject({ votes: 1, voters: [] });
  });
});
