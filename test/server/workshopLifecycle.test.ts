// The facilitator renames the workshop and moves its day and start time (the programme moves
// with it); an archived workshop is read-only; a deleted one tells its open screens so.
import path from 'node:path';
import Database from 'better-sqlite3';
import { onPostgres } from '../kit/postgres';
import { describe, expect } from 'vitest';
import { it, test } from '../kit/server';
import { programmeChangeRows } from '../../shared/export/programmeChangeRows';
import { zonedHhmm, zonedDate } from '../../shared/time';
import { joinAsFacilitator, joinAsParticipant, Mirror, newId, participantCredentials, type TestServer } from '../kit/testServer';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
test.override('serverOptions', { adminToken: ADMIN_TOKEN });

const admin = (server: TestServer, method: string, sessionId: string, body?: object) =>
  fetch(`${server.url}/api/admin/sessions/${sessionId}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
const storedSeq = (server: TestServer, sessionId: string) => server.server.hub.state(sessionId)!.seq;

describe('renaming and moving a workshop', () => {
  it('renames it everywhere and moves the programme to the new day and start time, keeping its shape', async ({ server }) => {
    const created = await server.createSession({ date: '2026-11-25' });
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    const f = facilitator.socket;
    const before = facilitator.state!.agenda.items;
    expect((await f.emitWithAck('session:rename', { title: '  Partnerskabsdag i Odense ' })).ok).toBe(true);
    // Across a change of clocks is the hard case: on 2026-03-29 Denmark moves to summer time.
    expect((await f.emitWithAck('session:reschedule', { date: '2026-03-29', start: '09:30' })).ok).toBe(true);
    await anna.until((m) => m.state!.date === '2026-03-29' && m.state!.title === 'Partnerskabsdag i Odense');
    const after = anna.state!.agenda.items;
    expect(zonedHhmm(after[0]!.start)).toBe('09:30');
    expect(after.map((i) => zonedDate(i.start))).toEqual(after.map(() => '2026-03-29'));
    expect(after.map((i) => i.end - i.start)).toEqual(before.map((i) => i.end - i.start));
    expect(after.slice(1).map((i, k) => i.start - after[k]!.end)).toEqual(before.slice(1).map((i, k) => i.start - before[k]!.end));
    expect(await (await fetch(`${server.url}/api/join/${created.joinCode}`)).json()).toEqual({ title: 'Partnerskabsdag i Odense', deleteOn: null });

    expect((await f.emitWithAck('session:reschedule', { start: '10:00' })).ok).toBe(true);
    await anna.until((m) => zonedHhmm(m.state!.agenda.items[0]!.start) === '10:00');
    expect(anna.state!.date).toBe('2026-03-29');
    // The programme's change log says the workshop moved, from when to when.
    const moves = programmeChangeRows(anna.state!, 'da').filter((row) => row.change === 'Workshoppen flyttet');
    expect(moves.map((row) => row.detail)).toEqual(['2026-11-25 10.00 → 2026-03-29 09.30', '2026-03-29 09.30 → 2026-03-29 10.00']);
  });

  it.for([
    ['an empty title', 'session:rename', { title: '   ' }, 'invalid_payload'],
    ['a title too long', 'session:rename', { title: 'x'.repeat(201) }, 'too_large'],
    ['a date that does not exist', 'session:reschedule', { date: '2026-02-30' }, 'invalid_payload'],
    ['a date in another century', 'session:reschedule', { date: '1899-12-31' }, 'invalid_payload'],
    ['a time that does not exist', 'session:reschedule', { start: '24:10' }, 'invalid_payload'],
    ['neither a date nor a time', 'session:reschedule', {}, 'invalid_payload'],
    ['an unknown field', 'session:reschedule', { date: '2026-12-01', __proto__x: 1 }, 'invalid_payload'],
  ] as const)('refuses %s with a typed error and changes nothing', async ([_what, name, payload, code], { server }) => {
    const created = await server.createSession({ date: '2026-11-25' });
    const facilitator = await joinAsFacilitator(server, created);
    const seq = storedSeq(server, created.sessionId);
    const ack = await facilitator.socket.emitWithAck(name as 'session:rename', payload as never);
    expect(ack).toMatchObject({ ok: false, code });
    expect(storedSeq(server, created.sessionId)).toBe(seq);
  });

  it('refuses a phone, and moving the day once it has started', async ({ server }) => {
    const created = await server.createSession({ date: '2026-11-25' });
    const facilitator = await joinAsFacilitator(server, created);
    const anna = await joinAsParticipant(server, created, 'Anna');
    expect(await anna.socket.emitWithAck('session:rename', { title: 'Min workshop' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await anna.socket.emitWithAck('session:reschedule', { start: '08:00' })).toMatchObject({ ok: false, code: 'forbidden' });
    await facilitator.socket.emitWithAck('agenda:start', {});
    await facilitator.until((m) => m.state!.agenda.dayStartedAt !== null);
    const seq = storedSeq(server, created.sessionId);
    expect(await facilitator.socket.emitWithAck('session:reschedule', { start: '08:00' })).toMatchObject({ ok: false, code: 'wrong_phase' });
    expect(storedSeq(server, created.sessionId)).toBe(seq);
    expect((await facilitator.socket.emitWithAck('session:rename', { title: 'Stadig muligt' })).ok).toBe(true);
  });
});

describe('an archived workshop', () => {
  it('is read-only: screens learn it at once, nothing is written, nobody new joins, those who took part still view it', async ({ server }) => {
    const created = await server.createSession();
    const facilitator = await joinAsFacilitator(server, created);
    await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    const anna = await joinAsParticipant(server, created, 'Anna');
    expect((await admin(server, 'PATCH', created.sessionId, { status: 'archived' })).status).toBe(200);
    await anna.until((m) => m.state!.status === 'archived');
    const seq = storedSeq(server, created.sessionId);

    expect(await anna.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'For sent' })).toMatchObject({ ok: false, code: 'archived' });
    expect(await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' })).toMatchObject({ ok: false, code: 'archived' });
    const newcomer = new Mirror(server.connect());
    expect(await newcomer.join({ role: 'participant', joinCode: created.joinCode, ...participantCredentials('Ny') })).toMatchObject({ ok: false, code: 'archived' });
    const again = new Mirror(server.connect());
    expect((await again.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials })).ok).toBe(true);
    expect(again.state!.status).toBe('archived');
    expect(storedSeq(server, created.sessionId)).toBe(seq);

    expect((await admin(server, 'PATCH', created.sessionId, { status: 'active' })).status).toBe(200);
    await anna.until((m) => m.state!.status === 'active');
    expect((await anna.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Igen åben' })).ok).toBe(true);
  });
});

describe('archiving a workshop whose stored events cannot be read', () => {
  // It breaks a row in the SQLite file; on PostgreSQL the damaged-row path is the same code (server/store/rows.ts).
  it.skipIf(onPostgres)('still archives it (the organiser page offers only archive and delete for it)', async ({ server: first, startServer }) => {
    const created = await first.createSession();
    await first.close();
    const db = new Database(path.join(first.dataDir, 'test.sqlite'));
    db.prepare("UPDATE events SET body = '{not json' WHERE session_id = ? AND seq = 1").run(created.sessionId);
    db.close();
    const server = await startServer({ dataDir: first.dataDir, adminToken: ADMIN_TOKEN });
    expect((await admin(server, 'PATCH', created.sessionId, { status: 'archived' })).status).toBe(200);
    expect((await server.store.sessionById(created.sessionId))?.status).toBe('archived');
  });
});

describe('a deleted workshop', () => {
  it('tells every open phone and projector that it ended, and a rejoin finds nothing', async ({ server }) => {
    const created = await server.createSession();
    const anna = await joinAsParticipant(server, created, 'Anna');
    const projector = new Mirror(server.connect());
    expect((await projector.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
    const told = [anna, projector].map((m) => new Promise<unknown>((resolve) => m.socket.once('ended', resolve)));
    expect((await admin(server, 'DELETE', created.sessionId)).status).toBe(204);
    expect(await Promise.all(told)).toEqual([{ reason: 'deleted' }, { reason: 'deleted' }]);
    const back = new Mirror(server.connect());
    expect(await back.join({ role: 'participant', joinCode: created.joinCode, ...anna.credentials })).toMatchObject({ ok: false, code: 'not_found' });
  });
});
