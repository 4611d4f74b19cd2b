// A first join acknowledged on any node is stored: 40 phones joining one workshop at once through two nodes
// (PostgreSQL + Redis) race for the same sequence numbers, and every acknowledged join has its participant:joined
// event and its credential in PostgreSQL, and joins again with its own id after both nodes restart.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabase, type FreshDatabase } from '../kit/postgres';
import { dropRedisPrefix, TEST_REDIS_URL } from '../kit/cluster';
import { type Created, Mirror, newId, participantCredentials } from '../kit/testServer';
import { connectTo, freshDataDir, type ServerProcess, spawnServer } from '../kit/process';
import { buildServer, type ServerBuild } from '../kit/serverBuild';
import { createWorkshop } from '../kit/workshops';

const PHONES = 40;
const ROUNDS = 3;

let build: ServerBuild;
let database: FreshDatabase;
let env: Record<string, string>;
const dirs = [freshDataDir(), freshDataDir()];
let nodes: ServerProcess[] = [];
const mirrors: Mirror[] = [];

const startNodes = async () => (nodes = await Promise.all(dirs.map((dir) => spawnServer(dir, env, { script: build.main }))));

beforeAll(async () => {
  [build, database] = await Promise.all([buildServer(), freshDatabase()]);
  env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `ootb-test:${newId()}:` };
  await startNodes();
}, 120_000);
afterAll(async () => {
  for (const mirror of mirrors) mirror.socket.disconnect();
  await Promise.all(nodes.map((node) => node.kill()));
  await database?.drop();
  if (env) await dropRedisPrefix(TEST_REDIS_URL, env.REDIS_PREFIX!);
  build?.remove();
});

async function stored(sessionId: string): Promise<{ joined: Set<string>; credentials: Set<string> }> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const events = await client.query<{ id: string }>(
      "SELECT body::json->>'participantId' AS id FROM events WHERE session_id = $1 AND body::json->>'type' = 'participant:joined'",
      [sessionId],
    );
    const credentials = await client.query<{ id: string }>('SELECT participant_id AS id FROM credentials WHERE session_id = $1', [sessionId]);
    return { joined: new Set(events.rows.map((r) => r.id)), credentials: new Set(credentials.rows.map((r) => r.id)) };
  } finally {
    await client.end();
  }
}

/** PHONES first joins at once, every other one through the other node. */
async function joinAtOnce(created: Created) {
  return Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const mirror = new Mirror(connectTo(nodes[i % 2]!.url, { reconnection: false }));
      mirrors.push(mirror);
      const credentials = participantCredentials(`Deltager ${i}`);
      const ack = await mirror.join({ role: 'participant', joinCode: created.joinCode, ...credentials });
      mirror.socket.disconnect();
      return { credentials, ack: ack.ok ? 'ok' : ack.code };
    }),
  );
}

it('stores every acknowledged first join, on every path, and the phones join again after both nodes restart', async () => {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const created = await createWorkshop(nodes[0]!.url);
    // Both nodes hold the workshop live before the joins race.
    await Promise.all(nodes.map(async (node) => expect((await fetch(`${node.url}/api/join/${created.joinCode}`)).status).toBe(200)));
    rounds.push({ created, joins: await joinAtOnce(created) });
  }
  for (const { created, joins } of rounds) {
    const acked = joins.filter((j) => j.ack === 'ok').map((j) => j.credentials.participantId);
    const refused = joins.filter((j) => j.ack !== 'ok').map((j) => j.ack);
    expect(acked.length, `refused: ${refused.join(', ')}`).toBeGreaterThan(PHONES / 2);
    const { joined, credentials } = await stored(created.sessionId);
    expect(acked.filter((id) => !joined.has(id)), 'acknowledged without participant:joined').toEqual([]);
    expect(acked.filter((id) => !credentials.has(id)), 'acknowledged without a credential').toEqual([]);
  }

  await Promise.all(nodes.map((node) => node.kill()));
  await startNodes();
  for (const { created, joins } of rounds) {
    for (const [i, { credentials, ack }] of joins.entries()) {
      if (ack !== 'ok') continue;
      const mirror = new Mirror(connectTo(nodes[i % 2]!.url, { reconnection: false }));
      mirrors.push(mirror);
      const again = await mirror.join({ role: 'participant', joinCode: created.joinCode, ...credentials });
      expect(again.ok ? 'ok' : again.code, `participant ${i} of ${created.joinCode}`).toBe('ok');
      mirror.socket.disconnect();
    }
  }
});
