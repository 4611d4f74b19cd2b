import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { commands } from '../../shared/contract';
import { zonedHhmm, zonedTimeToEpoch } from '../../shared/time';
import { joinAsFacilitator, joinAsParticipant, newId, type TestServer } from '../kit/testServer';

/** What a fresh facilitator sees: the stored truth, not a mirror that might have drifted. */
async function stored(server: TestServer, created: Awaited<ReturnType<TestServer['createSession']>>) {
  const fresh = await joinAsFacilitator(server, created);
  const state = fresh.state!;
  fresh.socket.disconnect();
  return state;
}

describe('the programme over real sockets', () => {
  it('shows the facilitator running the day on every phone', async ({ room: { facilitator, anna, bo } }) => {
    const [first, second] = facilitator.state!.agenda.items;
    expect((await facilitator.socket.emitWithAck('agenda:start', {})).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('agenda:next', {})).ok).toBe(true);
    for (const phone of [anna, bo]) {
      await phone.until((m) => m.state!.agenda.currentItemId === second!.id);
      const ran = phone.state!.agenda.items[0]!;
      expect(ran.id).toBe(first!.id);
      expect(ran.actualStart).not.toBeNull();
      expect(ran.actualEnd).not.toBeNull();
    }
  });

  it('moves every later item on every phone when the facilitator says the room runs late', async ({ room: { facilitator, anna } }) => {
    await facilitator.socket.emitWithAck('agenda:goto', { id: facilitator.state!.agenda.items[2]!.id });
    const before = facilitator.state!.agenda.items.map((i) => i.start);
    expect((await facilitator.socket.emitWithAck('agenda:shift', { minutes: 10 })).ok).toBe(true);
    await anna.until((m) => m.state!.agenda.items[2]!.start === before[2]! + 600_000);
    expect(anna.state!.agenda.items.map((i) => i.start)).toEqual(before.map((s, i) => (i >= 2 ? s + 600_000 : s)));
  });

  it('adds an item the phones see in its place', async ({ room: { facilitator, anna } }) => {
    const ack = await facilitator.socket.emitWithAck('agenda:add', {
      id: newId(),
      item: { kind: 'break', title: 'Strækpause', start: '16:00', end: '16:05' },
    });
    expect(ack.ok).toBe(true);
    await anna.until((m) => m.state!.agenda.items.at(-1)!.title === 'Strækpause');
    expect(zonedHhmm(anna.state!.agenda.items.at(-1)!.start)).toBe('16:00');
  });

  it('keeps a retried add (the same id sent again) as one item', async ({ server, room: { created, facilitator, anna } }) => {
    const add = { id: newId(), item: { kind: 'talk' as const, title: 'Ekstra oplæg', start: '16:00', end: '16:20' } };
    const first = await facilitator.socket.emitWithAck('agenda:add', add);
    const retried = await facilitator.socket.emitWithAck('agenda:add', add);
    expect(first.ok && retried.ok).toBe(true);
    await anna.until((m) => m.state!.agenda.items.some((i) => i.id === add.id));
    const items = (await stored(server, created)).agenda.items.filter((i) => i.title === 'Ekstra oplæg');
    expect(items.map((i) => i.id)).toEqual([add.id]);
  });
});

describe('a participant cannot run the programme', () => {
  const agendaCommands = Object.keys(commands).filter((name) => name.startsWith('agenda:'));
  const payloadFor = (name: string, itemId: string): unknown =>
    ({
      'agenda:add': { id: 'agenda-item-coup', item: { kind: 'talk', title: 'Kup', start: '16:00', end: '16:30' } },
      'agenda:edit': { id: itemId, changes: { title: 'Kup' } },
      'agenda:remove': { id: itemId },
      'agenda:reorder': { id: itemId, toIndex: 3 },
      'agenda:extend': { minutes: 5 },
      'agenda:shift': { minutes: 5 },
      'agenda:goto': { id: itemId },
      'agenda:mode': { mode: 'clock' },
    })[name] ?? {};

  it('covers every agenda command', () => {
    expect(agendaCommands.sort()).toEqual(
      ['add', 'edit', 'extend', 'goto', 'mode', 'next', 'previous', 'remove', 'reorder', 'shift', 'start'].map((c) => `agenda:${c}`),
    );
  });

  it.for(agendaCommands)('answers %s from a phone with forbidden and changes nothing', async (name, { server, room: { created, facilitator, anna } }) => {
    await facilitator.socket.emitWithAck('agenda:start', {});
    const before = await stored(server, created);
    const itemId = before.agenda.items[1]!.id;
    const ack = await (anna.socket.emitWithAck as (n: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)(
      name,
      payloadFor(name, itemId),
    );
    expect(ack).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await stored(server, created)).toEqual(before);
  });
});

describe('bad programme changes', () => {
  it.for([
    ['an end before its start', { item: { kind: 'talk', title: 'Baglæns', start: '16:30', end: '16:00' } }, 'invalid_payload'],
    ['an item over a talk', { item: { kind: 'talk', title: 'Oveni', start: '10:20', end: '10:30' } }, 'overlap'],
    ['an empty title', { item: { kind: 'talk', title: '   ', start: '16:00', end: '16:30' } }, 'invalid_payload'],
    ['an over-long title', { item: { kind: 'talk', title: 'å'.repeat(201), start: '16:00', end: '16:30' } }, 'too_large'],
    ['a time that is no time', { item: { kind: 'talk', title: 'x', start: '25:00', end: '26:00' } }, 'invalid_payload'],
    ['an unknown kind', { item: { kind: 'party', title: 'x', start: '16:00', end: '16:30' } }, 'invalid_payload'],
  ] as const)('refuses an item with %s (%s) and keeps the programme', async ([_label, payload, code], { server, room: { created, facilitator } }) => {
    const before = await stored(server, created);
    const ack = await (facilitator.socket.emitWithAck as (n: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)(
      'agenda:add',
      { id: newId(), ...payload },
    );
    expect(ack).toMatchObject({ ok: false, code });
    expect(await stored(server, created)).toEqual(before);
  });

  it.for([
    ['edit', { id: 'no-such-item-000000000', changes: { title: 'x' } }, 'not_found'],
    ['remove', { id: 'no-such-item-000000000' }, 'not_found'],
    ['goto', { id: 'no-such-item-000000000' }, 'not_found'],
    ['shift', { minutes: 100_000 }, 'invalid_payload'],
    ['shift', { minutes: 0 }, 'invalid_payload'],
    ['extend', { minutes: -5 }, 'invalid_payload'],
    ['extend', { minutes: 5 }, 'wrong_phase'], // nothing is running before the day starts
    ['previous', {}, 'wrong_phase'],
  ])('refuses agenda:%s with %j (%s) and keeps the programme', async ([name, payload, code], { server, room: { created, facilitator } }) => {
    const before = await stored(server, created);
    const ack = await (facilitator.socket.emitWithAck as (n: string, p: unknown) => Promise<{ ok: boolean; code?: string }>)(
      `agenda:${name}`,
      payload,
    );
    expect(ack).toMatchObject({ ok: false, code });
    expect(await stored(server, created)).toEqual(before);
  });
});

describe('following the clock', () => {
  it('stamps when items really ran as the server clock passes them, and opens the board at the workshop', async ({ startServer }) => {
    const date = '2026-11-25';
    let clock = zonedTimeToEpoch(date, '10:05');
    const server = await startServer({ now: () => clock });
    const created = await server.createSession({ date });
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    const [welcome, talk] = facilitator.state!.agenda.items;
    expect((await facilitator.socket.emitWithAck('agenda:mode', { mode: 'clock' })).ok).toBe(true);

    // The server's one-second tick notices the welcome is on.
    await anna.until((m) => m.state!.agenda.items[0]!.actualStart === clock);
    // Noticed two minutes late (a tick is a second, but the server may have been busy or down): the change-over is
    // stamped when the clock passed it, the welcome's planned end.
    clock = zonedTimeToEpoch(date, '10:12');
    const changeOver = zonedTimeToEpoch(date, '10:10');
    await anna.until((m) => m.state!.agenda.items[1]!.actualStart === changeOver);
    expect(anna.state!.agenda.items[0]).toMatchObject({ id: welcome!.id, actualEnd: changeOver });
    expect(anna.state!.agenda.items[1]!.id).toBe(talk!.id);

    expect(anna.state!.board.phase).toBe('closed');
    clock = zonedTimeToEpoch(date, '13:50');
    await anna.until((m) => m.state!.board.phase === 'collecting');
  });
});
