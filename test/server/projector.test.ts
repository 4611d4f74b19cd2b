import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, joinAsParticipant, Mirror } from '../kit/testServer';

describe('the projector display over real sockets', () => {
  it('shows the QR large on the projector when the facilitator asks, and back in its corner', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const projector = new Mirror(server.connect());
    expect((await projector.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
    expect(projector.state!.projector.isQrLarge).toBe(false);

    expect((await facilitator.socket.emitWithAck('projector:qr', { isLarge: true })).ok).toBe(true);
    await projector.until((m) => m.state!.projector.isQrLarge);
    expect((await facilitator.socket.emitWithAck('projector:qr', { isLarge: false })).ok).toBe(true);
    await projector.until((m) => !m.state!.projector.isQrLarge);
  });

  it('refuses the QR switch from a participant and from the projector', async ({ server }) => {
    const created = await server.createSession();
    const anna = await joinAsParticipant(server, created, 'Anna');
    const projector = new Mirror(server.connect());
    await projector.join({ role: 'projector', joinCode: created.joinCode });
    for (const client of [anna, projector]) {
      const ack = await client.socket.emitWithAck('projector:qr', { isLarge: true });
      expect(ack.ok ? 'accepted' : ack.code).toBe('forbidden');
    }
    const fresh = await joinAsFacilitator(server, created);
    expect(fresh.state!.projector.isQrLarge).toBe(false);
  });

  it('refuses a payload that is not a yes or no', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const ack = await facilitator.socket.emitWithAck('projector:qr', { isLarge: 'yes' } as never);
    expect(ack.ok ? 'accepted' : ack.code).toBe('invalid_payload');
  });

  it("keeps the facilitator's choice of screen for the item on now only, and refuses it from anyone else", async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    const projector = new Mirror(server.connect());
    expect((await projector.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
    const [first, second] = facilitator.state!.agenda.items;
    expect((await facilitator.socket.emitWithAck('agenda:goto', { id: first!.id })).ok).toBe(true);

    expect((await facilitator.socket.emitWithAck('projector:show', { show: 'board' })).ok).toBe(true);
    await projector.until((m) => m.state!.projector.override?.show === 'board');
    expect(projector.state!.projector.override).toEqual({ show: 'board', itemId: first!.id });
    const ack = await anna.socket.emitWithAck('projector:show', { show: 'programme' });
    expect(ack.ok ? 'accepted' : ack.code).toBe('forbidden');
    const bad = await facilitator.socket.emitWithAck('projector:show', { show: 'facilitator' } as never);
    expect(bad.ok ? 'accepted' : bad.code).toBe('invalid_payload');

    // The next item: the choice stays stored but no longer holds; choosing again is made for the new item.
    expect((await facilitator.socket.emitWithAck('agenda:goto', { id: second!.id })).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('projector:show', { show: 'board' })).ok).toBe(true);
    await projector.until((m) => m.state!.projector.override?.itemId === second!.id);
    expect((await facilitator.socket.emitWithAck('projector:show', { show: 'auto' })).ok).toBe(true);
    await projector.until((m) => m.state!.projector.override === null);
  });
});
