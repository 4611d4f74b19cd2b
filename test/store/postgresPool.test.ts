// A busy pool is not an outage: a server on PostgreSQL whose connections are all at work answers `rate_limited`
// (busy) to what waited too long and stays ready; a connection it cannot open is `unavailable` and /readyz 503.
import net from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore, type PostgresOptions } from '../../server/store/postgres';
import { freshDatabase, type FreshDatabase } from '../kit/postgres';
import { startServer, type TestServer } from '../kit/testServer';

let database: FreshDatabase | undefined;
let server: TestServer | undefined;
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await server?.close();
  await database?.drop();
  server = database = undefined;
});

async function serverOn(url: string, options: PostgresOptions): Promise<TestServer> {
  server = await startServer({ store: await openPostgresStore(url, options) });
  return server;
}

const status = async (url: string) => (await fetch(url)).status;

/** A TCP relay to the database that can turn silent: it keeps accepting connections and never answers them. */
async function relayTo(target: URL) {
  const open = new Set<net.Socket>();
  let silent = false;
  const relay = net.createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => {});
    if (silent) return;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    for (const socket of open) socket.destroy();
    return new Promise<void>((resolve) => relay.close(() => resolve()));
  });
  const url = new URL(target);
  url.host = `127.0.0.1:${(relay.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    /** Drops every connection made so far; new ones are accepted and never answered. */
    goSilent() {
      silent = true;
      for (const socket of open) socket.destroy();
    },
  };
}

describe('the PostgreSQL pool', () => {
  it('answers busy, not unavailable, when every connection stays at work, and stays ready', async () => {
    database = await freshDatabase();
    const node = await serverOn(database.url, { poolSize: 1, poolWaitMs: 300 });
    const created = await node.createSession();
    // The pool's one connection waits on a lock another client holds: the database is there, just busy.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    closers.push(() => holder.end());
    await holder.query('BEGIN; LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
    const first = fetch(`${node.url}/api/join/ZZZZZZ`);
    const waitingOnLock = async () =>
      (await holder.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")).rows[0].n;
    await expect.poll(waitingOnLock).toBe(1);

    const waited = await fetch(`${node.url}/api/join/${created.joinCode.split('').reverse().join('')}`);
    expect(waited.status).toBe(429);
    expect(await waited.json()).toMatchObject({ code: 'rate_limited', message: 'The server is busy; try again in a moment' });
    expect(await status(`${node.url}/readyz`)).toBe(200);

    await holder.query('COMMIT');
    expect((await first).status).toBe(404);
  });

  it('answers unavailable and turns unready when no connection can be opened', async () => {
    database = await freshDatabase();
    const relay = await relayTo(new URL(database.url));
    const node = await serverOn(relay.url, { connectTimeoutMs: 300, poolWaitMs: 10_000 });
    await node.createSession();
    relay.goSilent();

    // A code no workshop has: the look-up must ask the database (a live session's row is kept in memory).
    const read = await fetch(`${node.url}/api/join/ZZZZZZ`);
    expect(read.status).toBe(503);
    expect(await read.json()).toMatchObject({ code: 'unavailable' });
    expect(await status(`${node.url}/readyz`)).toBe(503);
  });
});
