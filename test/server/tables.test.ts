// Tables over real sockets: who may set and choose them, their bounds, the join by a table's link, and what
// each screen learns of who sits where.
import { describe, expect } from 'vitest';
import { tableLimits } from '../../shared/limits';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, newId, participantCredentials } from '../kit/testServer';

const tables = (n: number, name = (i: number) => `Bord ${i}`) => Array.from({ length: n }, (_, i) => ({ id: `t-${i + 1}`, name: name(i + 1) }));
const codeOf = (ack: { ok: true } | { ok: false; code: string }) => (ack.ok ? 'ok' : ack.code);

describe('setting the tables', () => {
  it('lets the facilitator set them and shows them on every screen; a phone cannot', async ({ room: { facilitator, anna, bo } }) => {
    expect(codeOf(await anna.socket.emitWithAck('board:tables', { tables: tables(3) }))).toBe('forbidden');
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', { tables: tables(3, (i) => ['Aarhus', 'Vejle', 'Odense'][i - 1]!) }))).toBe('ok');
    await bo.until((m) => m.state!.board.tables.map((t) => t.name).join() === 'Aarhus,Vejle,Odense');
    const seq = facilitator.state!.seq;
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', { tables: facilitator.state!.board.tables }))).toBe('ok');
    expect(facilitator.state!.seq).toBe(seq);
  });

  it('starts the seminar with six tables', async ({ facilitator }) => {
    expect(facilitator.state!.board.tables.map((t) => t.name)).toEqual(['Bord 1', 'Bord 2', 'Bord 3', 'Bord 4', 'Bord 5', 'Bord 6']);
  });

  it.for([
    ['201 tables', { tables: tables(tableLimits.perBoard + 1) }, 'too_large'],
    ['a name over 40 characters', { tables: [{ id: 't-1', name: 'x'.repeat(tableLimits.name + 1) }] }, 'too_large'],
    ['an empty name', { tables: [{ id: 't-1', name: '  ' }] }, 'invalid_payload'],
    ['an id twice', { tables: [{ id: 't-1', name: 'A' }, { id: 't-1', name: 'B' }] }, 'invalid_payload'],
    ['a name twice', { tables: [{ id: 't-1', name: 'Vejle' }, { id: 't-2', name: 'VEJLE' }] }, 'invalid_payload'],
    ['an id with a slash', { tables: [{ id: 'a/b', name: 'A' }] }, 'invalid_payload'],
    ['an id of 65 characters', { tables: [{ id: 'x'.repeat(65), name: 'A' }] }, 'invalid_payload'],
  ] as const)('refuses %s and stores nothing', async ([_label, payload, code], { facilitator }) => {
    const seq = facilitator.state!.seq;
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', payload as never))).toBe(code);
    expect((await facilitator.socket.emitWithAck('session:rename', { title: 'Efter' })).ok).toBe(true);
    await facilitator.until((m) => m.state!.title === 'Efter');
    expect(facilitator.state!.seq).toBe(seq + 1);
  });

  it('takes 200 tables, and ids like __proto__ as plain ids', async ({ server, workshop, facilitator, joinPhone }) => {
    const hostile = [{ id: '__proto__', name: 'Proto' }, { id: 'constructor', name: 'Konstruktør' }, ...tables(198)];
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', { tables: hostile }))).toBe('ok');
    const anna = await joinPhone('Anna');
    expect(codeOf(await anna.socket.emitWithAck('table:choose', { tableId: '__proto__' }))).toBe('ok');
    expect(codeOf(await anna.socket.emitWithAck('table:choose', { tableId: 'toString' }))).toBe('not_found');
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const id = newId();
    expect(codeOf(await anna.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Lektiecafé' }))).toBe('ok');
    const fresh = await joinAsFacilitator(server, workshop);
    const seat = fresh.state!.participants[anna.credentials.participantId]!;
    expect(Object.getPrototypeOf(seat)).toBe(Object.prototype);
    expect(seat.tableId).toBe('__proto__');
    expect(fresh.state!.board.ideas.find((i) => i.id === id)!.tableId).toBe('__proto__');
    expect(fresh.state!.board.tables).toHaveLength(200);
  });

  it('moves a table\'s people and ideas to none when the table is removed', async ({ room: { facilitator, anna } }) => {
    await anna.socket.emitWithAck('table:choose', { tableId: 'bord-2' });
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const id = newId();
    await anna.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Lektiecafé' });
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', { tables: [{ id: 'bord-1', name: 'Bord 1' }] }))).toBe('ok');
    await anna.until((m) => m.state!.board.tables.length === 1);
    expect(anna.state!.participants[anna.credentials.participantId]!.tableId).toBeUndefined();
    expect(anna.state!.board.ideas.find((i) => i.id === id)!.tableId).toBeNull();
  });
});

describe('choosing a table', () => {
  it('puts a phone\'s ideas at its table and refuses naming another', async ({ collectingRoom: { facilitator, anna } }) => {
    expect(codeOf(await anna.socket.emitWithAck('table:choose', { tableId: 'bord-3' }))).toBe('ok');
    const id = newId();
    expect(codeOf(await anna.socket.emitWithAck('idea:add', { id, sector: 'market', text: 'Kaffebar', tableId: 'bord-4' }))).toBe('forbidden');
    expect(codeOf(await anna.socket.emitWithAck('idea:add', { id, sector: 'market', text: 'Kaffebar' }))).toBe('ok');
    await facilitator.until((m) => m.state!.board.ideas.some((i) => i.id === id && i.tableId === 'bord-3'));
    const own = newId();
    expect(codeOf(await facilitator.socket.emitWithAck('idea:add', { id: own, sector: 'market', text: 'Fra ordstyrer', tableId: 'bord-5' }))).toBe('ok');
    expect(codeOf(await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'market', text: 'x', tableId: 'bord-77' }))).toBe('not_found');
    expect(codeOf(await facilitator.socket.emitWithAck('idea:table', { id: own, tableId: 'bord-1' }))).toBe('ok');
    await anna.until((m) => m.state!.board.ideas.some((i) => i.id === own && i.tableId === 'bord-1'));
  });

  it(`refuses the ${tableLimits.movesPerMinute + 1}th move in a minute, also from a second socket of the same phone`, async ({ server, workshop, room: { anna } }) => {
    const second = new Mirror(server.connect());
    await second.join({ role: 'participant', joinCode: workshop.joinCode, ...anna.credentials });
    const codes: string[] = [];
    for (let i = 0; i < tableLimits.movesPerMinute + 3; i++) {
      const phone = i % 2 ? second : anna;
      codes.push(codeOf(await phone.socket.emitWithAck('table:choose', { tableId: `bord-${(i % 6) + 1}` })));
    }
    expect(codes.slice(0, tableLimits.movesPerMinute).every((c) => c === 'ok')).toBe(true);
    expect(codes.slice(tableLimits.movesPerMinute)).toEqual(['rate_limited', 'rate_limited', 'rate_limited']);
  });

  it('seats a phone that joins by its table\'s link, and refuses a link to an unknown table', async ({ server, workshop, facilitator }) => {
    const credentials = participantCredentials('Anna');
    const phone = new Mirror(server.connect());
    const seq = facilitator.state!.seq;
    const refused = await phone.join({ role: 'participant', joinCode: workshop.joinCode, ...credentials, tableId: 'bord-99' });
    expect(codeOf(refused)).toBe('not_found');
    expect((await joinAsFacilitator(server, workshop)).state!.seq).toBe(seq);
    expect(codeOf(await phone.join({ role: 'participant', joinCode: workshop.joinCode, ...credentials, tableId: 'bord-4' }))).toBe('ok');
    expect(phone.state!.participants[credentials.participantId]!.tableId).toBe('bord-4');
    await facilitator.until((m) => m.state!.participants[credentials.participantId]?.tableId === 'bord-4');
  });

  it('tells no other phone and not the projector who sits where, names shown or not', async ({ server, workshop, room: { facilitator, anna, bo } }) => {
    await facilitator.socket.emitWithAck('board:settings', { showNamesOnProjector: true });
    const projector = new Mirror(server.connect());
    await projector.join({ role: 'projector', joinCode: workshop.joinCode });
    await anna.socket.emitWithAck('table:choose', { tableId: 'bord-2' });
    await bo.socket.emitWithAck('table:choose', { tableId: 'bord-5' });
    await facilitator.until((m) => m.state!.participants[bo.credentials.participantId]?.tableId === 'bord-5');
    await facilitator.socket.emitWithAck('session:rename', { title: 'Sidst' });
    for (const screen of [bo, projector]) await screen.until((m) => m.state!.title === 'Sidst');
    // Bo learns his own seat only; the projector, showing names, learns no seat at all.
    expect(JSON.stringify(bo.received)).not.toContain(anna.credentials.participantId);
    expect(JSON.stringify(bo.received)).not.toContain('bord-2');
    expect(JSON.stringify(projector.received)).not.toContain('participant:seated');
    expect(bo.state!.participants[anna.credentials.participantId]).toBeUndefined();
    const late = new Mirror(server.connect());
    await late.join({ role: 'projector', joinCode: workshop.joinCode });
    expect(Object.values(late.state!.participants).some((p) => p.tableId !== undefined)).toBe(false);
    expect(late.state!.participants[anna.credentials.participantId]?.name).toBe('Anna');
  });
});

describe('one table on the projector', () => {
  it('is the facilitator\'s to choose, known tables only, and a removed table gives the screen back to the room', async ({ room: { facilitator, anna } }) => {
    expect(codeOf(await anna.socket.emitWithAck('projector:table', { tableId: 'bord-2' }))).toBe('forbidden');
    expect(codeOf(await facilitator.socket.emitWithAck('projector:table', { tableId: 'toString' }))).toBe('not_found');
    expect(codeOf(await facilitator.socket.emitWithAck('projector:table', { tableId: 'bord-2' }))).toBe('ok');
    await anna.until((m) => m.state!.projector.tableId === 'bord-2');
    const remaining = facilitator.state!.board.tables.filter((t) => t.id !== 'bord-2');
    expect(codeOf(await facilitator.socket.emitWithAck('board:tables', { tables: remaining }))).toBe('ok');
    await facilitator.until((m) => m.state!.projector.tableId === null);
    expect(codeOf(await facilitator.socket.emitWithAck('projector:table', { tableId: null }))).toBe('ok');
  });
});
