// Two server processes sharing one PostgreSQL database and one Redis (a key prefix of their own): a budget that an
// address spent on one node is spent on the other, so reconnecting elsewhere buys a guesser or a flooder nothing.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRedisPrefix, TEST_REDIS_URL } from '../kit/cluster';
import { freshDatabase, type FreshDatabase } from '../kit/postgres';
import { type Created, Mirror, newId } from '../kit/testServer';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import type { TestSocket } from '../kit/mirror';

const ADMIN_TOKEN = 'organiser-token-0123456789abcdef';
const prefix = `ootb-test:${newId()}:`;
let database: FreshDatabase;
let dirs: string[] = [];
let a: ServerProcess;
let b: ServerProcess;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, ADMIN_TOKEN };
  dirs = [freshDataDir(), freshDataDir()];
  const nodes = await Promise.all(dirs.map((dir) => spawnServer(dir, env)));
  a = nodes[0]!;
  b = nodes[1]!;
}, 90_000);
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await Promise.all([a?.kill(), b?.kill()]);
  await dropRedisPrefix(TEST_REDIS_URL, prefix);
  await database?.drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const create = (node: ServerProcess) => fetch(`${node.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

async function createdOn(node: ServerProcess): Promise<Created> {
  const res = await create(node);
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

function socketTo(node: ServerProcess): TestSocket {
  const socket = connectTo(node.url);
  sockets.push(socket);
  return socket;
}

const listSessions = (node: ServerProcess, token: string) => fetch(`${node.url}/api/admin/sessions`, { headers: { authorization: `Bearer ${token}` } });

describe('budgets over two nodes', () => {
  it('refuses wrong keys on one node once an address guessed wrong ten times on the other, and lets the right ones through', async () => {
    const created = await createdOn(b);
    const join = (node: ServerProcess, key: string) => socketTo(node).emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key });
    expect((await listSessions(b, ADMIN_TOKEN)).status).toBe(200);
    // Ten wrong keys on node A: five organiser tokens over HTTP, five facilitator keys over the socket.
    for (let i = 0; i < 5; i++) expect((await listSessions(a, `wrong-${i}`)).status).toBe(403);
    for (let i = 0; i < 5; i++) expect(await join(a, `${i}`.padEnd(32, 'x'))).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await listSessions(b, 'wrong-10')).status).toBe(429);
    expect(await join(b, 'y'.repeat(32))).toMatchObject({ ok: false, code: 'rate_limited' });
    // A flood of wrong ones on both nodes at once, and the right ones beside it on either node.
    const flood = Promise.all([a, b].flatMap((node) => Array.from({ length: 10 }, (_, i) => listSessions(node, `wrong-flood-${i}`).then((r) => r.status))));
    const right = await Promise.all([listSessions(a, ADMIN_TOKEN), listSessions(b, ADMIN_TOKEN)]);
    expect(right.map((r) => r.status)).toEqual([200, 200]);
    expect(await join(a, created.facilitatorKey)).toMatchObject({ ok: true });
    expect(await join(b, created.facilitatorKey)).toMatchObject({ ok: true });
    expect((await flood).every((s) => s === 429)).toBe(true);
  });

  it('closes the sockets of a replaced key on the other node too, and refuses that key there at once', async () => {
    const created = await createdOn(a);
    const console1 = new Mirror(socketTo(b));
    expect((await console1.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey })).ok).toBe(true);
    const moderatorKey = ((await (await issueKey(a, created, 'moderator')).json()) as { key: string }).key;
    const moderator = new Mirror(socketTo(b));
    expect((await moderator.join({ role: 'moderator', sessionId: created.sessionId, key: moderatorKey })).ok).toBe(true);

    const replaced = await issueKey(a, created, 'facilitator');
    expect(replaced.status).toBe(200);
    await console1.until((m) => !m.socket.connected);
    // Refused (this address already spent its wrong keys above, so rate_limited rather than forbidden).
    const old = await socketTo(b).emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(old.ok ? 'ok' : old.code).toMatch(/^(forbidden|rate_limited)$/);
    // The moderator link is a key of its own: it stays until it is revoked.
    expect(moderator.socket.connected).toBe(true);
    const { key } = (await replaced.json()) as { key: string };
    expect((await fetch(`${a.url}/api/sessions/${created.sessionId}/keys/moderator`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } })).status).toBe(204);
    await moderator.until((m) => !m.socket.connected);
  });

  it('gives an address one budget of new workshops over both nodes', async () => {
    // 60 at once per address, one more a second: each node alone would take all 50 of its own.
    const statuses = async (node: ServerProcess) => Promise.all(Array.from({ length: 50 }, async () => (await create(node)).status));
    const onA = await statuses(a);
    const onB = await statuses(b);
    const created = [...onA, ...onB].filter((s) => s === 201).length;
    expect([...onA, ...onB].every((s) => s === 201 || s === 429)).toBe(true);
    expect(onB.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(created).toBeLessThan(100);
  });
});

const issueKey = (node: ServerProcess, created: Created, role: 'facilitator' | 'moderator') =>
  fetch(`${node.url}/api/sessions/${created.sessionId}/keys/${role}`, { method: 'POST', headers: { authorization: `Bearer ${created.facilitatorKey}` } });
