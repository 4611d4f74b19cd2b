// When the server cannot save (disk nearly full, database read-only) clients hear `unavailable` and /readyz fails;
// one unreadable event row damages only its own session.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Ack } from '../../shared/errors';
import { joinAsFacilitator, Mirror, newId, participantCredentials, startServer, type Created, type TestServer } from '../kit/testServer';
import { fetchExport } from '../kit/workshops';

const ADMIN_TOKEN = 'admin-token-for-the-storage-test-000';
const codeOf = (ack: Ack<unknown>) => (ack.ok ? 'ok' : ack.code);
const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** A server with one workshop that has a facilitator and an idea, then closed: its data directory stays. */
async function preparedDataDir(): Promise<{ dataDir: string; created: Created; other: Created }> {
  const server = await startServer();
  const created = await server.createSession({ date: '2020-01-01' });
  const other = await server.createSession({ date: '2020-01-01' });
  const facilitator = await joinAsFacilitator(server, created);
  expect(codeOf(await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' }))).toBe('ok');
  expect(codeOf(await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Gemt idé' }))).toBe('ok');
  await server.close();
  return { dataDir: server.dataDir, created, other };
}

async function readiness(url: string) {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { ready: boolean; checks: Record<string, string> } };
}

describe('a disk under the free-space floor', () => {
  it('refuses new workshops and commands with unavailable, fails /readyz, and loses nothing', async () => {
    const { dataDir, created } = await preparedDataDir();
    const full: TestServer = await startServer({ dataDir, minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
    open.push(full);
    const res = await fetch(`${full.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, code: 'unavailable' });
    const facilitator = await joinAsFacilitator(full, created);
    expect(codeOf(await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Ikke gemt' }))).toBe('unavailable');
    const phone = await new Mirror(full.connect()).join({ role: 'participant', joinCode: created.joinCode, ...participantCredentials('Ny') });
    expect(codeOf(phone)).toBe('unavailable');
    expect(await readiness(full.url)).toMatchObject({ status: 503, body: { ready: false, checks: { disk: 'free disk space is under the floor', store: 'ok' } } });
    expect((await fetch(`${full.url}/healthz`)).status).toBe(200);
    // The idea saved before is still there, and the live state holds nothing that was refused.
    expect((await full.server.hub.requireState(created.sessionId)).board.ideas.map((i) => i.text)).toEqual(['Gemt idé']);
  });
});

describe('a read-only database', () => {
  it('answers unavailable to writes, keeps serving reads, and fails /readyz', async () => {
    const { dataDir, created } = await preparedDataDir();
    const readOnly = await startServer({ dataDir, store: openSqliteStore(path.join(dataDir, 'test.sqlite'), { readonly: true }) });
    open.push(readOnly);
    const { url } = readOnly;
    const facilitator = new Mirror(readOnly.connect());
    expect(codeOf(await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey }))).toBe('ok');
    expect(facilitator.state!.board.ideas).toHaveLength(1);
    expect(codeOf(await facilitator.socket.emitWithAck('board:phase', { phase: 'voting' }))).toBe('unavailable');
    const res = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await res.json()).toMatchObject({ code: 'unavailable' });
    expect(await readiness(url)).toMatchObject({ status: 503, body: { ready: false, checks: { writable: 'the database is read-only' } } });
    expect((await fetchExport(url, created.sessionId, created.facilitatorKey, `export.csv`)).status).toBe(200);
  });
});

describe('an unreadable event row', () => {
  it('makes only its own session damaged; the organiser list and the other sessions work', async () => {
    const { dataDir, created, other } = await preparedDataDir();
    const db = new Database(path.join(dataDir, 'test.sqlite'));
    db.prepare("UPDATE events SET body = '{not json' WHERE session_id = ? AND seq = 2").run(created.sessionId);
    db.close();
    const server = await startServer({ dataDir, adminToken: ADMIN_TOKEN });
    open.push(server);
    // The list reads stored list rows, not events: the damage shows there once the session has been opened.
    const opened = await new Mirror(server.connect()).join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(codeOf(opened)).toBe('damaged');
    const list = await fetch(`${server.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(list.status).toBe(200);
    const { sessions } = (await list.json()) as { sessions: { id: string; damaged?: boolean }[] };
    expect(sessions.find((s) => s.id === created.sessionId)).toMatchObject({ damaged: true });
    expect(sessions.find((s) => s.id === other.sessionId)?.damaged).toBeUndefined();
    const join = await new Mirror(server.connect()).join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(codeOf(join)).toBe('damaged');
    expect((await fetchExport(server.url, created.sessionId, created.facilitatorKey, `export.json`)).status).toBe(500);
    const fine = await joinAsFacilitator(server, other);
    expect(codeOf(await fine.socket.emitWithAck('board:phase', { phase: 'collecting' }))).toBe('ok');
  });
});
