// An idea the facilitator hides leaves every screen but its author's, where it stays, marked hidden, so the phone can
// say so. Nobody else learns anything: not live, not in a snapshot.
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { Mirror, newId } from '../kit/testServer';

describe('an idea hidden by the facilitator', () => {
  it('stays on its author’s phone marked hidden, live and after a rejoin, and reaches no other phone', async ({ server, collectingRoom }) => {
    const { created, facilitator, anna, bo } = collectingRoom;
    const id = newId();
    expect(await anna.socket.emitWithAck('idea:add', { id, sector: 'market', text: 'Annas idé' })).toMatchObject({ ok: true });
    await bo.until((m) => m.state!.board.ideas.some((i) => i.id === id));
    const boSince = bo.state!.seq;
    expect(await facilitator.socket.emitWithAck('idea:hide', { id, hidden: true })).toMatchObject({ ok: true });

    await anna.until((m) => m.state!.board.ideas.find((i) => i.id === id)?.hidden === true);
    await bo.until((m) => m.state!.seq > boSince);
    expect(bo.state!.board.ideas.find((i) => i.id === id && !i.hidden)).toBeUndefined();

    // A fresh join of each: Anna's snapshot keeps her idea, hidden; Bo's has nothing of it.
    const annaAgain = new Mirror(server.connect());
    expect((await annaAgain.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials })).ok).toBe(true);
    expect(annaAgain.state!.board.ideas.find((i) => i.id === id)).toMatchObject({ text: 'Annas idé', hidden: true });
    const boAgain = new Mirror(server.connect());
    expect((await boAgain.join({ role: 'participant', joinCode: created.joinCode, ...bo.credentials })).ok).toBe(true);
    expect(JSON.stringify(boAgain.state)).not.toContain('Annas idé');
    const projector = new Mirror(server.connect());
    expect((await projector.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
    expect(JSON.stringify(projector.state)).not.toContain('Annas idé');

    for (const m of [annaAgain, boAgain, projector]) m.socket.disconnect();
  });
});
