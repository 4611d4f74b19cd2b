// A venue puts every phone and the facilitator's laptop behind one address: whoever floods it with wrong keys slows
// down only their own wrong keys, never the facilitator's or the organiser's right ones.
import { describe, expect } from 'vitest';
import { test } from '../kit/server';
import { onPostgres } from '../kit/postgres';
import type { TestServer } from '../kit/testServer';
import type { Created } from '../kit/mirror';

const ADMIN_TOKEN = 'organiser-token-for-the-flood-test-0123';
const VENUE = '203.0.113.50';

type Headers = Record<string, string>;

/** Every request of a test comes from the venue: through a trusted proxy, its X-Forwarded-For names it. */
const from = (viaProxy: boolean, headers: Headers = {}): Headers => (viaProxy ? { ...headers, 'x-forwarded-for': VENUE } : headers);

async function status(server: TestServer, path: string, headers: Headers): Promise<number> {
  const res = await fetch(`${server.url}${path}`, { headers });
  await res.arrayBuffer();
  return res.status;
}

async function facilitatorJoin(server: TestServer, viaProxy: boolean, sessionId: string, key: string) {
  const socket = server.connect({ extraHeaders: from(viaProxy) });
  try {
    const ack = await socket.emitWithAck('session:join', { role: 'facilitator', sessionId, key });
    return ack.ok ? 'ok' : ack.code;
  } finally {
    socket.disconnect();
  }
}

/** Wrong organiser tokens, wrong facilitator keys (also for a made-up session) and wrong export keys, all at once. */
function wrongFlood(server: TestServer, viaProxy: boolean, created: Created, rounds: number): Promise<(string | number)[]> {
  const wrong = (i: number) => `wrong-key-${i}`.padEnd(43, 'x');
  return Promise.all(
    Array.from({ length: rounds }, (_, i) => [
      status(server, '/api/admin/sessions', from(viaProxy, { authorization: `Bearer ${wrong(i)}` })),
      status(server, `/api/sessions/${created.sessionId}/export.csv`, from(viaProxy, { authorization: `Bearer ${wrong(i)}` })),
      facilitatorJoin(server, viaProxy, created.sessionId, wrong(i)),
      facilitatorJoin(server, viaProxy, 'made-up-session-id-000', wrong(i)),
    ]).flat(),
  );
}

/** The right credentials, from the same address, while the flood goes on. */
function rightOnes(server: TestServer, viaProxy: boolean, created: Created): Promise<(string | number)[]> {
  const organiser = from(viaProxy, { authorization: `Bearer ${ADMIN_TOKEN}` });
  return Promise.all([
    facilitatorJoin(server, viaProxy, created.sessionId, created.facilitatorKey),
    status(server, `/api/sessions/${created.sessionId}/export.xlsx`, from(viaProxy, { authorization: `Bearer ${created.facilitatorKey}` })),
    status(server, `/api/sessions/${created.sessionId}/export.json`, organiser),
    status(server, '/api/admin/sessions', organiser),
    status(server, '/api/admin/backup', organiser),
  ]);
}

/** What the right keys get: the backup is let through too, and on PostgreSQL answers that this store makes none (501). */
const rightAnswers = ['ok', 200, 200, 200, onPostgres ? 501 : 200];

describe.each([
  { name: 'straight to the server', viaProxy: false },
  { name: 'behind a trusted proxy', viaProxy: true },
])('a flood of wrong keys from the venue ($name)', ({ viaProxy }) => {
  test.override('serverOptions', { adminToken: ADMIN_TOKEN, trustProxy: viaProxy });

  test('refuses the wrong keys, rate_limited once past the budget, and lets every right one through', async ({ server, workshop }) => {
    const before = await wrongFlood(server, viaProxy, workshop, 20);
    expect(before.every((s) => s === 403 || s === 429 || s === 'forbidden' || s === 'not_found' || s === 'rate_limited')).toBe(true);
    expect(before.filter((s) => s === 429 || s === 'rate_limited').length).toBeGreaterThan(60);

    const [during, right] = await Promise.all([wrongFlood(server, viaProxy, workshop, 10), rightOnes(server, viaProxy, workshop)]);
    expect(right).toEqual(rightAnswers);
    expect(during.every((s) => s === 429 || s === 'rate_limited')).toBe(true);

    // And once more after the flood: the budget is spent, the right keys still pass.
    expect(await rightOnes(server, viaProxy, workshop)).toEqual(rightAnswers);
  });
});
