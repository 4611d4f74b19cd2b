// A merge and a deleted group can be taken back (as new events); the facilitator adds ideas and
// renames groups from the console; the vote's progress is counted from the stored board.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { voteProgress } from '../../shared/board/selectors';
import { projectState } from '../../shared/projection/state';
import { joinAsFacilitator, joinAsParticipant, newId, type TestServer } from '../kit/testServer';

async function board(server: TestServer) {
  const created = await server.createSession();
  const facilitator = await joinAsFacilitator(server, created);
  const anna = await joinAsParticipant(server, created, 'Anna');
  const bo = await joinAsParticipant(server, created, 'Bo');
  const f = facilitator.socket;
  await f.emitWithAck('board:phase', { phase: 'collecting' });
  const ids = { a: newId(), b: newId(), group: newId() };
  expect((await anna.socket.emitWithAck('idea:add', { id: ids.a, sector: 'public', text: 'Lektiecafé' })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('idea:add', { id: ids.b, sector: 'public', text: 'Lektiehjælp' })).ok).toBe(true);
  await f.emitWithAck('group:create', { id: ids.group, sector: 'public', title: 'Læring' });
  await f.emitWithAck('idea:group', { id: ids.a, groupId: ids.group });
  await f.emitWithAck('idea:group', { id: ids.b, groupId: ids.group });
  await f.emitWithAck('board:phase', { phase: 'voting' });
  await anna.socket.emitWithAck('vote:cast', { ideaId: ids.a });
  await bo.socket.emitWithAck('vote:cast', { ideaId: ids.b });
  await facilitator.until((m) => m.state!.board.ideas.every((i) => Object.keys(i.votes).length === 1));
  return { created, facilitator, anna, bo, f, ids };
}

const lastEntry = (m: { state?: { undo?: { kind: string; seq: number }[] } }, kind: string) => m.state!.undo!.filter((e) => e.kind === kind).at(-1)!.seq;

describe('undoing a merge', () => {
  it('brings the source idea back with its dots and gives the target its text and dots back, on every screen', async ({ server }) => {
    const { facilitator, anna, f, ids } = await board(server);
    const before = structuredClone(facilitator.state!.board.ideas);
    expect((await f.emitWithAck('idea:merge', { sourceId: ids.b, targetId: ids.a })).ok).toBe(true);
    await anna.until((m) => m.state!.board.ideas.length === 1);
    expect((await f.emitWithAck('history:undo', { seq: lastEntry(facilitator, 'merge') })).ok).toBe(true);
    await anna.until((m) => m.state!.board.ideas.length === 2);
    // Anna's phone holds the ideas as she may see them: her own dots, no one else's.
    const asAnna = (ideas: typeof before) =>
      projectState({ ...facilitator.state!, board: { ...facilitator.state!.board, ideas } }, { role: 'participant', participantId: anna.credentials.participantId }).board.ideas;
    for (const [screen, expected] of [[facilitator, before], [anna, asAnna(before)]] as const) {
      const a = screen.state!.board.ideas.find((i) => i.id === ids.a)!;
      const b = screen.state!.board.ideas.find((i) => i.id === ids.b)!;
      expect(a.text).toBe('Lektiecafé');
      expect(a.votes).toEqual(expected.find((i) => i.id === ids.a)!.votes);
      expect(b).toEqual(expected.find((i) => i.id === ids.b));
    }
    // The log keeps the merge and its undo: history is added to, never rewritten.
    const types = (await server.store.events(facilitator.state!.id, 0)).map((e) => e.event.type);
    expect(types).toContain('idea:merged');
    expect(types.slice(-2)).toEqual(['idea:unmerged', 'history:undone']);
  });

  it('refuses when the merged idea was edited since, or when undone twice, and changes nothing', async ({ server }) => {
    const { facilitator, f, ids } = await board(server);
    await f.emitWithAck('idea:merge', { sourceId: ids.b, targetId: ids.a });
    await facilitator.until((m) => m.state!.board.ideas.length === 1);
    const seq = lastEntry(facilitator, 'merge');
    const target = facilitator.state!.board.ideas[0]!;
    await f.emitWithAck('idea:edit', { id: target.id, baseVersion: target.version, text: 'Lektiecafé og lektiehjælp' });
    await facilitator.until((m) => m.state!.board.ideas[0]!.version > target.version);
    const stored = server.server.hub.state(facilitator.state!.id)!.seq;
    expect(await f.emitWithAck('history:undo', { seq })).toMatchObject({ ok: false, code: 'changed_since' });
    expect(server.server.hub.state(facilitator.state!.id)!.seq).toBe(stored);

    const again = await board(server);
    await again.f.emitWithAck('idea:merge', { sourceId: again.ids.b, targetId: again.ids.a });
    await again.facilitator.until((m) => m.state!.board.ideas.length === 1);
    const twice = lastEntry(again.facilitator, 'merge');
    expect((await again.f.emitWithAck('history:undo', { seq: twice })).ok).toBe(true);
    expect(await again.f.emitWithAck('history:undo', { seq: twice })).toMatchObject({ ok: false, code: 'already_undone' });
  });
});

describe('undoing a deleted group', () => {
  it('brings the group back with its ideas, and refuses once a group of that id exists again', async ({ server }) => {
    const { facilitator, anna, f, ids } = await board(server);
    expect((await f.emitWithAck('group:delete', { id: ids.group })).ok).toBe(true);
    await anna.until((m) => !m.state!.board.groups[ids.group]);
    const seq = lastEntry(facilitator, 'groupDelete');
    expect((await f.emitWithAck('history:undo', { seq })).ok).toBe(true);
    await anna.until((m) => Boolean(m.state!.board.groups[ids.group]));
    expect(anna.state!.board.ideas.map((i) => i.groupId)).toEqual([ids.group, ids.group]);

    await f.emitWithAck('group:delete', { id: ids.group });
    await facilitator.until((m) => !m.state!.board.groups[ids.group]);
    const second = lastEntry(facilitator, 'groupDelete');
    await f.emitWithAck('group:create', { id: ids.group, sector: 'public', title: 'Ny' });
    expect(await f.emitWithAck('history:undo', { seq: second })).toMatchObject({ ok: false, code: 'changed_since' });
  });
});

describe('the console', () => {
  it('adds an idea as facilitator while the board is closed, renames a group, and counts the vote', async ({ server }) => {
    const { facilitator, anna, f, ids } = await board(server);
    await f.emitWithAck('board:phase', { phase: 'closed' });
    const id = newId();
    expect((await f.emitWithAck('idea:add', { id, sector: 'civil', text: 'Fra tavlen i salen' })).ok).toBe(true);
    expect((await f.emitWithAck('group:rename', { id: ids.group, title: 'Læring og lektier' })).ok).toBe(true);
    expect(await f.emitWithAck('group:rename', { id: ids.group, title: '   ' })).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(await anna.socket.emitWithAck('group:rename', { id: ids.group, title: 'Hack' })).toMatchObject({ ok: false, code: 'forbidden' });
    await anna.until((m) => m.state!.board.groups[ids.group]?.title === 'Læring og lektier' && m.state!.board.ideas.some((i) => i.id === id));
    expect(anna.state!.board.ideas.find((i) => i.id === id)!.authorId).toBeNull();

    const progress = voteProgress(facilitator.state!);
    expect(progress).toEqual({ dotsUsed: 2, dotsTotal: 6, voters: 2, participants: 2 });
  });
});
