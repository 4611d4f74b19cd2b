import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { it } from '../kit/server';
import { joinAsFacilitator, Mirror, type TestServer } from '../kit/testServer';
import { seedWorkshop } from '../kit/workshop';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';

function admin(s: TestServer, method: string, route: string, token: string | null = ADMIN_TOKEN, body?: object) {
  return fetch(`${s.url}/api/admin${route}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

type Listed = { id: string; title: string; date: string; status: string; participants: number; ideas: number; votes: number };
async function listed(s: TestServer): Promise<Listed[]> {
  const res = await admin(s, 'GET', '/sessions');
  expect(res.status).toBe(200);
  return ((await res.json()) as { sessions: Listed[] }).sessions;
}

/** Rows of a session in every table, read straight from the SQLite file. */
function storedRows(s: TestServer, sessionId: string): number {
  const db = new Database(path.join(s.dataDir, 'test.sqlite'), { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get(sessionId) as { n: number }).n;
    return (
      count('SELECT COUNT(*) AS n FROM sessions WHERE id = ?') +
      count('SELECT COUNT(*) AS n FROM events WHERE session_id = ?') +
      count('SELECT COUNT(*) AS n FROM credentials WHERE session_id = ?')
    );
  } finally {
    db.close();
  }
}

describe('the organiser API', () => {
  it('does not exist without ADMIN_TOKEN (404), and refuses a missing (401) or wrong (403) token', async ({ startServer }) => {
    let server = await startServer();
    expect((await admin(server, 'GET', '/sessions')).status).toBe(404);
    await server.close();
    server = await startServer({ adminToken: ADMIN_TOKEN });
    expect((await admin(server, 'GET', '/sessions', null)).status).toBe(401);
    const wrong = await admin(server, 'GET', '/sessions', 'not-the-token-at-all-000');
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('lists sessions with their date, participants, ideas, votes and status, and archives one', async ({ startServer }) => {
    const server = await startServer({ adminToken: ADMIN_TOKEN });
    const { created } = await seedWorkshop(server, { title: 'Ærø-dagen', date: '2026-11-25' });
    const [row] = await listed(server);
    expect(row).toMatchObject({ id: created.sessionId, title: 'Ærø-dagen', date: '2026-11-25', status: 'active', participants: 2, ideas: 4, votes: 4 });
    const archived = await admin(server, 'PATCH', `/sessions/${created.sessionId}`, ADMIN_TOKEN, { status: 'archived' });
    expect(archived.status).toBe(200);
    expect((await listed(server))[0]!.status).toBe('archived');
    expect((await admin(server, 'PATCH', `/sessions/${created.sessionId}`, ADMIN_TOKEN, { status: 'gone' })).status).toBe(400);
  });

  it("opens a console with that session's own key, never with the ADMIN_TOKEN in a link", async ({ startServer }) => {
    const server = await startServer({ adminToken: ADMIN_TOKEN });
    const created = await server.createSession();
    const other = await server.createSession();
    const path = `/sessions/${created.sessionId}/console-link`;
    expect((await admin(server, 'POST', path, null)).status).toBe(401);
    expect((await admin(server, 'POST', path, 'wrong-organiser-token-0123456789')).status).toBe(403);
    const res = await admin(server, 'POST', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { path: link } = (await res.json()) as { path: string };
    expect(link).toMatch(new RegExp(`^/f/${created.sessionId}#key=[A-Za-z0-9_-]{43}$`));
    expect(link).not.toContain(ADMIN_TOKEN);
    const key = link.split('#key=')[1]!;
    const mirror = await joinAsFacilitator(server, { ...created, facilitatorKey: key });
    expect(mirror.state!.id).toBe(created.sessionId);
    // That key opens this session only, and the organiser's token itself opens no console.
    await expect(joinAsFacilitator(server, { ...other, facilitatorKey: key })).rejects.toThrow(/forbidden/);
    await expect(joinAsFacilitator(server, { ...created, facilitatorKey: ADMIN_TOKEN })).rejects.toThrow(/forbidden/);
    expect((await admin(server, 'POST', `/sessions/no-such-session-0/console-link`)).status).toBe(404);
  });

  it('deletes every stored row of a session, forgets it live, and disconnects its sockets', async ({ startServer }) => {
    const server = await startServer({ adminToken: ADMIN_TOKEN });
    const { created, facilitator } = await seedWorkshop(server);
    const kept = await server.createSession();
    expect(storedRows(server, created.sessionId)).toBeGreaterThan(10);
    const disconnected = new Promise((resolve) => facilitator.socket.once('disconnect', resolve));

    const res = await admin(server, 'DELETE', `/sessions/${created.sessionId}`);
    expect(res.status).toBe(204);
    await disconnected;
    expect(storedRows(server, created.sessionId)).toBe(0);
    expect(server.server.hub.state(created.sessionId)).toBeUndefined();
    expect((await listed(server)).map((s) => s.id)).toEqual([kept.sessionId]);

    const again = new Mirror(server.connect());
    const join = await again.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(join).toMatchObject({ ok: false, code: 'not_found' });
    expect((await admin(server, 'DELETE', `/sessions/${created.sessionId}`)).status).toBe(404);
  });
});
