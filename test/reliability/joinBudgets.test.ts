// What one join code can make the server hold, on the real server with real sockets:
// a socket that stops reading is dropped, a connection is answered with the board once, joins and
// connections have budgets far below the command budget.
import { afterEach, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/exports';
import { toDocument } from '../../shared/export/sessionDocument';
import { ADDRESS_JOIN_RATE, SOCKET_JOIN_BURST } from '../../server/tuning';
import { type Created, joinAsFacilitator, Mirror, newId, startServer, type TestServer } from '../kit/testServer';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function importBoard(s: TestServer, ideas: number): Promise<Created> {
  const res = await fetch(`${s.url}/api/sessions/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(toDocument(bigWorkshop(ideas), Date.now())),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

/** A long-polling client that sends but never polls: everything the server answers waits in its write buffer. */
async function neverReadingPoller(url: string, joinCode: string) {
  const base = `${url}/socket.io/?EIO=4&transport=polling`;
  const open = await (await fetch(base)).text();
  const sid = (JSON.parse(open.slice(1)) as { sid: string }).sid;
  const post = (body: string) => fetch(`${base}&sid=${sid}`, { method: 'POST', body, headers: { 'content-type': 'text/plain;charset=UTF-8' } });
  expect((await post('40')).status).toBe(200);
  // Its one read: the server's answer to the connect, so the join that follows is in a connected namespace.
  expect(await (await fetch(`${base}&sid=${sid}`)).text()).toMatch(/^40/);
  expect((await post(`420${JSON.stringify(['session:join', { role: 'projector', joinCode }])}`)).status).toBe(200);
  return { stillOpen: async () => (await post('3')).status === 200 };
}

describe('a connection that stops reading', () => {
  it('is dropped once it holds more than its share, while the phones that read go on', async () => {
    server = await startServer({ maxBufferedBytes: 256 * 1024 });
    const created = await importBoard(server, 1_000);
    const facilitator = await joinAsFacilitator(server, created);
    const poller = await neverReadingPoller(server.url, created.joinCode);
    const watcher = new Mirror(server.connect());
    expect((await watcher.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
    expect(await poller.stillOpen()).toBe(true);
    // The join answer (the whole board, ~500 KB) waits unread; the next packet for it drops the connection.
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
    await watcher.until((m) => m.state?.board.phase === 'collecting');
    await expect.poll(() => poller.stillOpen(), { timeout: 5000 }).toBe(false);
    expect((await facilitator.socket.emitWithAck('idea:add', { id: newId(), sector: 'civil', text: 'Efter' })).ok).toBe(true);
    await watcher.until((m) => m.state!.board.ideas.length === 1_001);
  });
});

describe('joins', () => {
  it('send the board to a connection once: a rejoin without `since` gets only what it lacks', async () => {
    server = await startServer();
    const created = await importBoard(server, 200);
    const socket = server.connect();
    const first = await socket.emitWithAck('session:join', { role: 'projector', joinCode: created.joinCode });
    expect(first.ok && first.data.sync.kind).toBe('snapshot');
    const again = await socket.emitWithAck('session:join', { role: 'projector', joinCode: created.joinCode });
    expect(again.ok && again.data.sync).toEqual({ kind: 'events', events: [], to: first.ok ? first.data.sync.to : -1 });
    // A new connection is a new copy: it gets the board.
    const other = await server.connect().emitWithAck('session:join', { role: 'projector', joinCode: created.joinCode });
    expect(other.ok && other.data.sync.kind).toBe('snapshot');
  });

  it(`allow ${SOCKET_JOIN_BURST} per connection at once, then refuse with rate_limited while commands still pass`, async () => {
    server = await startServer();
    const created = await server.createSession();
    const socket = server.connect();
    const join = () => socket.emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    for (let i = 0; i < SOCKET_JOIN_BURST; i++) expect((await join()).ok).toBe(true);
    expect(await join()).toMatchObject({ ok: false, code: 'rate_limited' });
    expect((await socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  });

  it('are limited per address across connections', async () => {
    // The burst of joins per address is the number of connections the address may hold.
    server = await startServer({ maxConnectionsPerAddress: 150 });
    const created = await server.createSession();
    const codes: string[] = [];
    const startedAt = performance.now();
    // 120 connections from one address, each joining its full budget: far more than the address may.
    await Promise.all(
      Array.from({ length: 120 }, async () => {
        const socket = server!.connect();
        for (let i = 0; i < SOCKET_JOIN_BURST; i++) {
          const ack = await socket.emitWithAck('session:join', { role: 'projector', joinCode: created.joinCode });
          codes.push(ack.ok ? 'ok' : ack.code);
        }
        socket.disconnect();
      }),
    );
    expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThan(0);
    const seconds = (performance.now() - startedAt) / 1000;
    expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(150 + ADDRESS_JOIN_RATE * (seconds + 1));
  });
});

describe('connections per address', () => {
  it('are capped (MAX_CONNECTIONS_PER_ADDRESS); a closed one frees its place', async () => {
    server = await startServer({ maxConnectionsPerAddress: 3 });
    const sockets = Array.from({ length: 3 }, () => server!.connect());
    await Promise.all(sockets.map((s) => new Promise<void>((resolve) => s.once('connect', () => resolve()))));
    const fourth = server.connect();
    const error = await new Promise<Error>((resolve) => fourth.once('connect_error', resolve));
    expect(error.message).toMatch(/too many connections/i);
    // The server lets go of the place once its end of the connection has closed.
    const closed = new Promise((resolve) => server!.server.io.sockets.sockets.get(sockets[0]!.id!)!.conn.once('close', resolve));
    sockets[0]!.disconnect();
    await closed;
    const fifth = server.connect();
    const outcome = await new Promise<string>((resolve) => {
      fifth.once('connect', () => resolve('connected'));
      fifth.once('connect_error', (e) => resolve(e.message));
    });
    expect(outcome).toBe('connected');
  });
});
