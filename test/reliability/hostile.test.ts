// Thousands of generated hostile payloads over Socket.IO and HTTP: typed answers, a live server, and not one stored byte changed.
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maySend } from '../../shared/commandRoles';
import { commands, type CommandName } from '../../shared/contract';
import { errorCodes } from '../../shared/errors';
import {
  chosenParticipantIds,
  deepJson,
  isValidFor,
  pick,
  type Rng,
  ROLE_IDS,
  seededRandom,
  withOwn,
} from '../helpers/hostile';
import { type ValidPayloads, validPayloads } from '../helpers/payloads';
import { emitRaw, generate, httpCase, loose, RAW_ODDITIES, send, type Sent } from './hostileRequests';
import { type Created, MANY_WRONG_KEYS, joinAsFacilitator, joinAsParticipant, Mirror, newId, type TestServer, type TestSocket, startServer } from '../helpers/server';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261125);
const SOCKET_PAYLOADS = 4800;
const RAW_DEEP_PAYLOADS = 60;
const HTTP_PAYLOADS = 600;

const known = new Set<string>(errorCodes);

let server: TestServer;
let created: Created;
let valid: ValidPayloads;
beforeAll(async () => {
  server = await startServer({ wrongKeyBudget: MANY_WRONG_KEYS });
  created = await server.createSession({ date: '2020-01-01' });
});
afterAll(async () => {
  await server.close();
});

/** Every stored row, hashed, and the facilitator's fresh view: equal before and after means nothing changed. */
async function fingerprint() {
  await server.server.hub.flushed();
  const db = new Database(path.join(server.dataDir, 'test.sqlite'), { readonly: true });
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  const tables = [['sessions', 'id'], ['events', 'session_id, seq'], ['credentials', 'session_id, participant_id']] as const;
  for (const [table, order] of tables) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all();
    counts[table] = rows.length;
    hash.update(JSON.stringify(rows));
  }
  db.close();
  const facilitator = await joinAsFacilitator(server, created);
  facilitator.socket.disconnect();
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const live = server.server.hub.state(created.sessionId)!;
  return { counts, seq: live.seq, rows: hash.digest('hex'), snapshot: sha(JSON.stringify(facilitator.state)), live: sha(JSON.stringify(live)) };
}

/** What every case adds to, so the last can say how many payloads reached the validator. */
const tally = { codes: {} as Record<string, number>, answered: 0, requests: 0, oversized: 0, unacknowledged: 0 };
let sockets: TestSocket[] = [];
let big: Mirror[] = [];
let odd: Mirror[] = [];
let rng: Rng;
let before: Awaited<ReturnType<typeof fingerprint>>;
let unexpectedDisconnects = 0;

/** A board with two ideas and a group, and many sockets of every kind, so the per-socket rate limit lets most payloads reach validation. */
async function hostileRoom() {
  const facilitator = await joinAsFacilitator(server, created);
  const author = await joinAsParticipant(server, created, 'Author');
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  const [ideaA, ideaB, groupId] = [newId(), newId(), newId()];
  expect((await author.socket.emitWithAck('idea:add', { id: ideaA, sector: 'civil', text: 'Lektiecafé' })).ok).toBe(true);
  expect((await author.socket.emitWithAck('idea:add', { id: ideaB, sector: 'civil', text: 'Repair café' })).ok).toBe(true);
  expect((await facilitator.socket.emitWithAck('group:create', { id: groupId, sector: 'civil', title: 'Caféer' })).ok).toBe(true);
  const itemId = facilitator.state!.agenda.items[0]!.id;
  valid = validPayloads({ ideaA, ideaB, groupId, itemId });
  for (const [name, payload] of Object.entries(valid)) expect(isValidFor(name, payload), name).toBe(true);
  sockets = [
    ...(await Promise.all(Array.from({ length: 100 }, (_, i) => joinAsParticipant(server, created, `P${i}`)))).map((m) => m.socket),
    ...(await Promise.all(Array.from({ length: 10 }, () => joinAsFacilitator(server, created)))).map((m) => m.socket),
    ...(await Promise.all(
      Array.from({ length: 10 }, async () => {
        const m = new Mirror(server.connect());
        expect((await m.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
        return m.socket;
      }),
    )),
    ...Array.from({ length: 10 }, () => server.connect()),
  ];
  big = await Promise.all(Array.from({ length: 8 }, () => joinAsParticipant(server, created, 'Big')));
  odd = await Promise.all(Array.from({ length: RAW_ODDITIES.length }, () => joinAsParticipant(server, created, 'Odd')));
  for (const s of sockets) s.on('disconnect', () => (unexpectedDisconnects += 1));
}

describe('hostile input', () => {
  beforeAll(async () => {
    console.log(`hostile: seed ${SEED} (HOSTILE_SEED=${SEED} reproduces this run)`);
    rng = seededRandom(SEED);
    await hostileRoom();
    before = await fingerprint();
  });

  it('answers thousands of generated hostile payloads over Socket.IO with typed errors and drops no socket', async () => {
    const plan = Array.from({ length: SOCKET_PAYLOADS }, () => generate(rng, created, valid));
    const wrong: { sent: Sent; answer: unknown }[] = [];
    const count = (sent: Sent, answer: unknown) => {
      const a = answer as { ok?: boolean; code?: string; data?: { serverTime?: number } } | undefined;
      const codes = tally.codes;
      if (sent.event === 'clock:ping' && a?.ok && typeof a.data?.serverTime === 'number') return void (codes.clock_ok = (codes.clock_ok ?? 0) + 1);
      if (a?.ok === false && known.has(a.code!)) return void (codes[a.code!] = (codes[a.code!] ?? 0) + 1);
      wrong.push({ sent, answer });
    };
    await Promise.all(
      sockets.map(async (socket, i) => {
        for (let k = i; k < plan.length; k += sockets.length) {
          const sent = plan[k]!;
          const answer = await send(socket, sent);
          if (sent.mode !== 'no-ack' && sent.mode !== 'non-function-ack') count(sent, answer);
        }
      }),
    );
    tally.unacknowledged = plan.filter((p) => p.mode === 'no-ack' || p.mode === 'non-function-ack').length;

    // Nesting 10,000 deep, written as text because socket.io-client cannot encode it.
    const participantSockets = sockets.slice(0, 100);
    const phoneCommands = (Object.keys(commands) as CommandName[]).filter((name) => maySend[name]({ role: 'participant', participantId: 'p' }));
    for (let i = 0; i < RAW_DEEP_PAYLOADS; i++) {
      // Commands a phone may send: the others stop at the role check, before the payload is read.
      const event = i % 10 === 0 ? 'session:join' : pick(rng, phoneCommands);
      const deep = deepJson(10_000, i % 2 ? 'object' : 'array');
      const json = i % 3 === 0 ? `{"id":${deep}}` : deep;
      count({ event, mode: 'ack', payload: 'deep' }, await emitRaw(pick(rng, participantSockets), event, json));
    }
    tally.answered = Object.values(tally.codes).reduce((a, b) => a + b, 0);
    console.log(`hostile: ${tally.answered} typed answers over Socket.IO`, tally.codes);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(unexpectedDisconnects).toBe(0);
  });

  it('closes a socket whose packet is over 64 KB, and the server and everyone else carry on', async () => {
    const oversized: unknown[][] = [
      ['idea:add', { ...valid['idea:add'], text: 'x'.repeat(70_000) }],
      ['participant:rename', { name: 'x'.repeat(200_000) }],
      ['session:join', { role: 'projector', joinCode: 'x'.repeat(70_000) }],
      ['board:explode', 'x'.repeat(70_000)],
      ['idea:add', Buffer.alloc(70_000, 1)],
      ['vote:cast', { ideaId: Array.from({ length: 20_000 }, (_, i) => i) }],
      ['group:create', withOwn({}, '__proto__', 'x'.repeat(70_000))],
      ['agenda:add', Object.fromEntries(Array.from({ length: 8000 }, (_, i) => [`k${i}`, i]))],
    ];
    for (const [i, args] of oversized.entries()) {
      const m = big[i]!;
      const closed = new Promise((resolve) => m.socket.once('disconnect', resolve));
      loose(m.socket).emit(...args, () => {});
      expect(await closed).toBe('transport close');
    }
    tally.oversized = oversized.length;
    expect(unexpectedDisconnects).toBe(0);
  });

  it('closes or answers frames no Socket.IO client would write: reserved or numeric event names, broken packets, deep binary', async () => {
    for (const [i, frames] of RAW_ODDITIES.entries()) {
      const socket = odd[i]!.socket;
      const engine = (socket as unknown as { io: { engine: { write: (d: string | Buffer) => void } } }).io.engine;
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      const internals = socket as unknown as { acks: Record<number, (answer: unknown) => void> };
      const answered = new Promise<string>((resolve) => (internals.acks[900] = (answer) => resolve(JSON.stringify(answer))));
      for (const frame of frames) engine.write(frame);
      const outcome = await Promise.race([closed, answered]);
      expect(outcome, JSON.stringify(frames[0]).slice(0, 60)).toMatch(/transport close|io server disconnect|parse error|"ok":false/);
    }
  });

  it('answers broken HTTP bodies, headers, paths and methods with a typed 4xx', async () => {
    const httpCodes: Record<number, number> = {};
    const httpWrong: unknown[] = [];
    const requests = Array.from({ length: HTTP_PAYLOADS }, (_, i) => httpCase(rng, i, created));
    for (let i = 0; i < requests.length; i += 20) {
      await Promise.all(
        requests.slice(i, i + 20).map(async ([url, init]) => {
          const res = await fetch(`${server.url}${url}`, init);
          const body = (await res.json().catch(() => null)) as { ok?: boolean; code?: string } | null;
          httpCodes[res.status] = (httpCodes[res.status] ?? 0) + 1;
          if (res.status < 400 || res.status >= 500 || body?.ok !== false || !known.has(body.code!)) httpWrong.push({ url: url.slice(0, 80), status: res.status, body });
        }),
      );
    }
    tally.requests = requests.length;
    console.log(`hostile: ${requests.length} HTTP requests`, httpCodes);
    expect(httpWrong.slice(0, 5)).toEqual([]);
  });

  it('stays healthy and unpolluted, and not one stored byte changed', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(await fingerprint()).toEqual(before);
  });

  it('let more than 5,000 payloads in, most of them to the role check and the validator rather than the rate limit', () => {
    const { codes, answered } = tally;
    expect(answered + tally.requests + tally.oversized + tally.unacknowledged).toBeGreaterThanOrEqual(5000);
    // The role is checked before the payload: a phone's facilitator command stops at forbidden, the rest reach the validator.
    expect((codes.invalid_payload ?? 0) + (codes.too_large ?? 0) + (codes.forbidden ?? 0)).toBeGreaterThan(answered * 0.7);
    expect((codes.invalid_payload ?? 0) + (codes.too_large ?? 0)).toBeGreaterThan(answered * 0.25);
    expect(codes.rate_limited ?? 0).toBeLessThan(answered * 0.05);
    expect(codes.not_joined ?? 0).toBeGreaterThan(0);
    // Fewer than before the role check came first: a phone's oversized facilitator command stops at forbidden.
    expect(codes.too_large ?? 0).toBeGreaterThan(15);
  });

  it('lets phones choose ids that look like field names, dates, times or prototype keys, refuses role names, and "Glem mig" leaves the rest as it was', async () => {
    const hub = server.server.hub;
    await hub.flushed();
    const state = structuredClone(hub.current(created.sessionId));
    // A field name, a phase, the day and a time besides the ones drawn: the cases that once rewrote a whole log.
    const drawn = chosenParticipantIds(rng, [state, await server.store.events(created.sessionId, 0)], new Set(Object.keys(state.participants)), 40);
    const chosen = [...new Set(['participantId', 'authorId', 'collecting', state.date, String(state.createdAt), ...drawn])];
    expect(chosen).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    const join = (participantId: string) => new Mirror(server.connect()).join({ role: 'participant', joinCode: created.joinCode, participantId, secret: newId() + newId(), name: participantId });
    for (const participantId of ROLE_IDS) expect(await join(participantId), participantId).toMatchObject({ ok: false, code: 'reserved_id' });
    for (const participantId of chosen) {
      const phone = new Mirror(server.connect());
      const joined = await phone.join({ role: 'participant', joinCode: created.joinCode, participantId, secret: newId() + newId(), name: participantId });
      expect(joined.ok, participantId).toBe(true);
      for (const [command, payload] of [['idea:add', { id: newId(), sector: 'civil', text: participantId }], ['participant:rename', { name: `${participantId}!` }], ['participant:forget', {}]] as const) {
        expect(await phone.socket.emitWithAck(command, payload as never), `${participantId} ${command}`).toMatchObject({ ok: true });
      }
      phone.socket.disconnect();
    }
    await hub.flushed();
    const live = structuredClone(hub.current(created.sessionId));
    // Read back from the store, as after idle minutes, a restart or on another node.
    expect(hub.evictIdle(0, () => false, Date.now())).toContain(created.sessionId);
    expect(await hub.requireState(created.sessionId)).toEqual(live);
    expect(Object.keys(live.participants)).toEqual(Object.keys(state.participants));
    expect((await fetch(`${server.url}/api/join/${created.joinCode}`)).status).toBe(200);
    const report = await fetch(`${server.url}/api/sessions/${created.sessionId}/report.html`, { headers: { authorization: `Bearer ${created.facilitatorKey}` } });
    expect(report.status).toBe(200);
  });
});
