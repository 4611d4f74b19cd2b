// The programme does not contradict itself. A break made current by hand says when the room is
// back, and Next says the same time; a mistaken switch to "follow the clock" can be undone without losing the item on.
import { describe, expect } from 'vitest';
import { it, test } from '../kit/server';
import { whereWeAre } from '../../shared/agenda/whereWeAre';
import { zonedTimeToEpoch } from '../../shared/time';
import { joinAsFacilitator, type Mirror } from '../kit/testServer';

const DAY = '2026-11-25';
let clock = zonedTimeToEpoch(DAY, '09:00');

// Every test starts at 09.00 on the workshop's day, on a clock the test moves.
test.override('serverOptions', () => {
  clock = zonedTimeToEpoch(DAY, '09:00');
  return { now: () => clock };
});
test.override('workshop', async ({ server }) => server.createSession({ date: DAY }));
const itemTitled = (m: Mirror, title: string) => m.state!.agenda.items.find((i) => i.title === title)!;

describe('a break made current by hand at another time', () => {
  it('tells phones, projector and console the same time for "we start again" and for Next', async ({ room: { facilitator, anna } }) => {
    const lunch = itemTitled(facilitator, 'Frokost'); // planned 12.15–13.00; after it at 13.00
    clock = zonedTimeToEpoch(DAY, '10:30');
    expect((await facilitator.socket.emitWithAck('agenda:goto', { id: lunch.id })).ok).toBe(true);
    await anna.until((m) => m.state!.agenda.currentItemId === lunch.id);
    for (const screen of [facilitator, anna]) {
      const at = whereWeAre(screen.state!.agenda, clock + 60_000);
      expect(at.current?.id).toBe(lunch.id);
      expect(at.endsAt).toBe(zonedTimeToEpoch(DAY, '11:15'));
      expect(at.nextAt).toBe(at.endsAt);
    }
  });

  it('gives Next its planned time when the item on now ends before it, and the end of the item when it runs past it', async ({ server, room: { facilitator } }) => {
    const welcome = itemTitled(facilitator, 'Velkomst og præsentation'); // 10.00–10.10, next planned 10.10
    clock = zonedTimeToEpoch(DAY, '09:00');
    await facilitator.socket.emitWithAck('agenda:goto', { id: welcome.id });
    await facilitator.until((m) => m.state!.agenda.currentItemId === welcome.id);
    expect(whereWeAre(facilitator.state!.agenda, clock).nextAt).toBe(zonedTimeToEpoch(DAY, '10:10'));
    // Started late by hand at 10.05, the welcome runs to 10.15: Next cannot start at its planned 10.10.
    clock = zonedTimeToEpoch(DAY, '10:05');
    const other = await joinAsFacilitator(server, await server.createSession({ date: DAY }));
    await other.socket.emitWithAck('agenda:goto', { id: other.state!.agenda.items[0]!.id });
    await other.until((m) => m.state!.agenda.currentItemId !== null);
    expect(whereWeAre(other.state!.agenda, clock).nextAt).toBe(zonedTimeToEpoch(DAY, '10:15'));
  });
});

describe('switching how the programme is driven, by mistake', () => {
  it('is undone with the item on by hand still on, not ended, its countdown where it was', async ({ server, room: { facilitator, anna } }) => {
    const f = facilitator.socket;
    const talk = itemTitled(facilitator, 'Produktive partnerskaber'); // planned 10.10–10.45
    clock = zonedTimeToEpoch(DAY, '09:00');
    expect((await f.emitWithAck('agenda:goto', { id: talk.id })).ok).toBe(true);
    await facilitator.until((m) => m.state!.agenda.currentItemId === talk.id);
    const before = itemTitled(facilitator, talk.title);

    clock = zonedTimeToEpoch(DAY, '11:00'); // the talk's planned end has passed: the clock would end it
    const switched = await f.emitWithAck('agenda:mode', { mode: 'clock' });
    expect(switched.ok).toBe(true);
    server.server.hub.tick(clock);
    await facilitator.until((m) => itemTitled(m, talk.title).actualEnd !== null);
    const entry = facilitator.state!.undo!.find((e) => e.kind === 'mode' && !e.undone)!;
    expect(entry).toBeDefined();

    const undone = await f.emitWithAck('history:undo', { seq: entry.seq });
    expect(undone.ok).toBe(true);
    await anna.until((m) => m.state!.agenda.mode === 'manual');
    for (const screen of [facilitator, anna]) {
      const { agenda } = screen.state!;
      expect(agenda.mode).toBe('manual');
      expect(agenda.currentItemId).toBe(talk.id);
      const item = agenda.items.find((i) => i.id === talk.id)!;
      expect(item.actualEnd).toBeNull();
      expect(item.countdownFrom).toBe(before.countdownFrom);
      expect(item.actualStart).toBe(before.actualStart);
      expect(whereWeAre(agenda, clock).current?.id).toBe(talk.id);
    }
  });

  it('refuses an undo already done, one overtaken by a later step, an unknown one and one from a phone, with a typed error and nothing changed', async ({ server, room: { facilitator, anna } }) => {
    const f = facilitator.socket;
    const [first, second] = facilitator.state!.agenda.items;
    await f.emitWithAck('agenda:goto', { id: first!.id });
    await f.emitWithAck('agenda:mode', { mode: 'clock' });
    await facilitator.until((m) => m.state!.agenda.mode === 'clock');
    const seq = facilitator.state!.undo!.find((e) => e.kind === 'mode')!.seq;

    expect(await anna.socket.emitWithAck('history:undo', { seq })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await f.emitWithAck('history:undo', { seq: 99_999 })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await f.emitWithAck('history:undo', { seq: -1 } as never)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect((await f.emitWithAck('history:undo', { seq })).ok).toBe(true);
    await facilitator.until((m) => m.state!.agenda.mode === 'manual');
    const settled = server.server.hub.state(facilitator.state!.id)!.seq;
    expect(await f.emitWithAck('history:undo', { seq })).toMatchObject({ ok: false, code: 'already_undone' });

    // A later jump to an item overtakes the switch: undoing it would undo the jump too.
    await f.emitWithAck('agenda:mode', { mode: 'clock' });
    await facilitator.until((m) => m.state!.agenda.mode === 'clock');
    const later = facilitator.state!.undo!.filter((e) => e.kind === 'mode').at(-1)!.seq;
    await f.emitWithAck('agenda:goto', { id: second!.id });
    await facilitator.until((m) => m.state!.agenda.currentItemId === second!.id);
    const seqBefore = server.server.hub.state(facilitator.state!.id)!.seq;
    expect(seqBefore).toBeGreaterThan(settled);
    expect(await f.emitWithAck('history:undo', { seq: later })).toMatchObject({ ok: false, code: 'changed_since' });
    expect(server.server.hub.state(facilitator.state!.id)!.seq).toBe(seqBefore);
  });
});
