import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { reactionLimits } from '../../shared/limits';
import type { ReactionKind } from '../../shared/reaction/kinds';
import { reactionsOf } from '../../shared/reaction/fold';
import { countsFor, totalOf } from '../../shared/reaction/reactions';
import type { Ack } from '../../shared/errors';
import { joinAsFacilitator, joinAsParticipant, Mirror, type TestServer } from '../kit/testServer';
import { type Phone, talkRoom } from '../kit/talk';

const tap = (m: Mirror | Phone, kind: ReactionKind = 'clap') => m.socket.emitWithAck('reaction:send', { kind });
const okCount = (acks: Ack<unknown>[]) => acks.filter((a) => a.ok).length;
const countedEvents = (m: Mirror) => m.received.flatMap((b) => b.events).filter((e) => e.event.type === 'reaction:counted').length;
const stored = (server: TestServer, sessionId: string, itemId: string) => countsFor(reactionsOf(server.server.hub.state(sessionId)!), itemId);

describe('reactions over real sockets', () => {
  it('gathers many taps into a few counted events: the screens get the right counts, the phones get none', async ({ server }) => {
    const { created, facilitator, projector, phones, talk } = await talkRoom(server, 10);
    const kinds: ReactionKind[] = ['clap', 'heart', 'idea', 'laugh', 'think'];
    const acks = await Promise.all(phones.flatMap((p) => kinds.map((kind) => tap(p, kind))));
    expect(okCount(acks)).toBe(50);
    const expected = { clap: 10, heart: 10, idea: 10, laugh: 10, think: 10 };
    for (const screen of [facilitator, projector]) await screen.until((m) => totalOf(countsFor(reactionsOf(m.state!), talk.id)) === 50);
    expect(countsFor(reactionsOf(facilitator.state!), talk.id)).toEqual(expected);
    expect(countsFor(reactionsOf(projector.state!), talk.id)).toEqual(expected);
    expect(stored(server, created.sessionId, talk.id)).toEqual(expected);
    // Fifty taps, a handful of messages: every tap of a gathering is one event.
    expect(countedEvents(facilitator)).toBeLessThanOrEqual(5);
    expect(countedEvents(projector)).toBe(countedEvents(facilitator));
    for (const phone of phones) expect(countedEvents(phone)).toBe(0);
    expect(reactionsOf(phones[0]!.state!).counts).toEqual([]);
  });

  it('acknowledges a tap only once its count is stored, and a late projector starts from the stored counts', async ({ server }) => {
    const { created, phones, talk } = await talkRoom(server, 1);
    const ack = await tap(phones[0]!, 'heart');
    expect(ack).toMatchObject({ ok: true });
    expect(server.server.hub.state(created.sessionId)!.seq).toBeGreaterThanOrEqual(ack.ok ? ack.data.seq : Infinity);
    expect(stored(server, created.sessionId, talk.id)).toEqual({ heart: 1 });
    const late = new Mirror(server.connect());
    await late.join({ role: 'projector', joinCode: created.joinCode });
    expect(countsFor(reactionsOf(late.state!), talk.id)).toEqual({ heart: 1 });
  });

  it('refuses reactions from the facilitator, the projector and an unjoined socket, and a kind outside the set', async ({ server }) => {
    const { created, facilitator, projector, phones } = await talkRoom(server, 1);
    const seq = server.server.hub.state(created.sessionId)!.seq;
    expect(await tap(facilitator)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await tap(projector)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await server.connect().emitWithAck('reaction:send', { kind: 'clap' })).toMatchObject({ ok: false, code: 'not_joined' });
    for (const payload of [{ kind: '__proto__' }, { kind: 'applause' }, { kind: 'clap', extra: 1 }, null, 'clap'])
      expect(await phones[0]!.socket.emitWithAck('reaction:send', payload as never)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(server.server.hub.state(created.sessionId)!.seq).toBe(seq);
  });

  it('refuses taps while no programme item is on', async ({ server }) => {
    const created = await server.createSession();
    await joinAsFacilitator(server, created);
    const phone = await joinAsParticipant(server, created, 'Anna');
    expect(await tap(phone)).toMatchObject({ ok: false, code: 'wrong_phase' });
  });

  it('lets the facilitator switch reactions off for one item and for the day; the phones are told and taps are refused', async ({ server }) => {
    const { created, facilitator, projector, phones, talk } = await talkRoom(server, 1);
    const anna = phones[0]!;
    expect(await anna.socket.emitWithAck('reaction:switch', { itemId: talk.id, enabled: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await projector.socket.emitWithAck('reaction:switch', { itemId: null, enabled: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await facilitator.socket.emitWithAck('reaction:switch', { itemId: 'no-such-item', enabled: false })).toMatchObject({ ok: false, code: 'not_found' });

    expect(await facilitator.socket.emitWithAck('reaction:switch', { itemId: talk.id, enabled: false })).toMatchObject({ ok: true });
    await anna.until((m) => reactionsOf(m.state!).offItems.includes(talk.id));
    expect(await tap(anna)).toMatchObject({ ok: false, code: 'reactions_off' });
    const other = facilitator.state!.agenda.items.find((i) => i.id !== talk.id)!;
    await facilitator.socket.emitWithAck('agenda:goto', { id: other.id });
    expect(await tap(anna)).toMatchObject({ ok: true });

    expect(await facilitator.socket.emitWithAck('reaction:switch', { itemId: null, enabled: false })).toMatchObject({ ok: true });
    await anna.until((m) => reactionsOf(m.state!).off);
    expect(await tap(anna)).toMatchObject({ ok: false, code: 'reactions_off' });
    expect(await facilitator.socket.emitWithAck('reaction:switch', { itemId: null, enabled: true })).toMatchObject({ ok: true });
    expect(await tap(anna)).toMatchObject({ ok: true });
    expect(stored(server, created.sessionId, talk.id)).toEqual({});
    expect(stored(server, created.sessionId, other.id)).toEqual({ clap: 2 });
  });

  it('bounds a flood from one socket: the excess is refused as rate_limited and what was acknowledged is what is counted', async ({ server }) => {
    const { created, phones, talk } = await talkRoom(server, 1);
    const acks = await Promise.all(Array.from({ length: 30 }, () => tap(phones[0]!)));
    const accepted = okCount(acks);
    expect(accepted).toBeGreaterThanOrEqual(reactionLimits.burst);
    expect(accepted).toBeLessThan(reactionLimits.burst + 3);
    for (const ack of acks.filter((a) => !a.ok)) expect(ack).toMatchObject({ code: 'rate_limited' });
    expect(stored(server, created.sessionId, talk.id)).toEqual({ clap: accepted });
    expect(phones[0]!.socket.connected).toBe(true);
  });

  it('bounds one person over many sockets: four tabs send no more than one phone may', async ({ server }) => {
    const { created, phones, talk } = await talkRoom(server, 1);
    const anna = phones[0]!;
    const tabs = [anna.socket];
    for (let i = 0; i < 3; i++) {
      const tab = new Mirror(server.connect());
      await tab.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials });
      tabs.push(tab.socket);
    }
    const acks = await Promise.all(tabs.flatMap((socket) => Array.from({ length: 8 }, () => socket.emitWithAck('reaction:send', { kind: 'idea' }))));
    const accepted = okCount(acks);
    expect(accepted).toBeLessThan(reactionLimits.burst + 3);
    expect(stored(server, created.sessionId, talk.id)).toEqual({ idea: accepted });
  });
});
