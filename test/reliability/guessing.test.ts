// Guessing join codes and ADMIN_TOKEN: from many addresses at once, and the token only in the header on /api/admin.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../kit/testServer';

const ADMIN_TOKEN = 'admin-token-for-the-guessing-test-0123';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ adminToken: ADMIN_TOKEN });
});
afterAll(async () => {
  await server.close();
});

/** A GET from a chosen loopback address (all of 127.0.0.0/8 reaches this machine). */
function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.url}${path}`, { localAddress, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

const tally = (codes: number[]) => codes.reduce<Record<number, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

describe('guessing', () => {
  it('caps failed join-code look-ups across the whole server, not only per address', async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `127.0.0.${i + 10}`);
    // Each address stays inside its own budget (20); together they are 800 guesses.
    const codes = await Promise.all(addresses.flatMap((address) => Array.from({ length: 20 }, () => getFrom(address, '/api/join/ZZZZZZ'))));
    const counts = tally(codes);
    expect(Object.keys(counts).map(Number).sort()).toEqual([404, 429]);
    expect(counts[404]).toBeLessThan(150);
  });

  it('limits wrong ADMIN_TOKENs per address, and never the right one from there', async () => {
    const wrong: number[] = [];
    for (let i = 0; i < 14; i++) wrong.push(await getFrom('127.0.0.2', '/api/admin/sessions', { authorization: `Bearer wrong-token-number-${i}-xxxxxxxx` }));
    expect(wrong.slice(0, 10).every((s) => s === 403)).toBe(true);
    expect(wrong.slice(10).every((s) => s === 429)).toBe(true);
    expect(await getFrom('127.0.0.2', '/api/admin/sessions', { authorization: `Bearer ${ADMIN_TOKEN}` })).toBe(200);
    expect(await getFrom('127.0.0.2', '/api/admin/sessions', { authorization: 'Bearer wrong-token-number-15-xxxxxxxx' })).toBe(429);
  });

  it('takes ADMIN_TOKEN on /api/admin only from the Authorization header', async () => {
    expect(await getFrom('127.0.0.4', `/api/admin/sessions?key=${ADMIN_TOKEN}`)).toBe(401);
    expect(await getFrom('127.0.0.4', '/api/admin/sessions', { authorization: `Bearer ${ADMIN_TOKEN}` })).toBe(200);
  });

  it('counts wrong facilitator keys of the phone behind a trusted proxy, not of the proxy', async () => {
    const proxied = await startServer({ trustProxy: true });
    try {
      const created = await proxied.createSession();
      const joinFrom = async (client: string, key: string) => {
        const socket = proxied.connect({ extraHeaders: { 'x-forwarded-for': client } });
        try {
          return await socket.emitWithAck('session:join', { role: 'facilitator', sessionId: created.sessionId, key });
        } finally {
          socket.disconnect();
        }
      };
      for (let i = 0; i < 10; i++) expect(await joinFrom('203.0.113.7', `${i}`.padEnd(32, 'x'))).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await joinFrom('203.0.113.7', 'y'.repeat(32))).toMatchObject({ ok: false, code: 'rate_limited' });
      // Everyone else comes through the same proxy, and is not held back by that guesser.
      expect(await joinFrom('198.51.100.4', 'z'.repeat(32))).toMatchObject({ ok: false, code: 'forbidden' });
    } finally {
      await proxied.close();
    }
  });
});
