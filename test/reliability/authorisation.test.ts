// Every facilitator command, every download and every change to someone else's idea, tried with the wrong credentials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import { participantCommands, validPayloads, type ValidPayloads } from '../kit/payloads';
import { type Created, MANY_WRONG_KEYS, joinAsFacilitator, joinAsParticipant, Mirror, newId, startServer, type TestServer, type TestSocket } from '../kit/testServer';

const ADMIN_TOKEN = 'admin-token-for-the-authorisation-test';
const EXPORTS = ['export.csv', 'export.xlsx', 'export.json', 'report.html', 'report.pdf'];

let server: TestServer;
let a: Created;
let b: Created;
let facilitatorA: Mirror;
let facilitatorB: Mirror;
let anna: Awaited<ReturnType<typeof joinAsParticipant>>;
let bo: Awaited<ReturnType<typeof joinAsParticipant>>;
let projector: Mirror;
let payloads: ValidPayloads;
const annasIdea = newId();
const bosIdea = newId();
const secretText = 'Hemmelig idé om Lektiecafé';

beforeAll(async () => {
  server = await startServer({ adminToken: ADMIN_TOKEN, wrongKeyBudget: MANY_WRONG_KEYS });
  [a, b] = [await server.createSession({ date: '2020-01-01' }), await server.createSession({ date: '2020-01-01' })];
  facilitatorA = await joinAsFacilitator(server, a);
  facilitatorB = await joinAsFacilitator(server, b);
  anna = await joinAsParticipant(server, a, 'Anna');
  bo = await joinAsParticipant(server, a, 'Bo');
  projector = new Mirror(server.connect());
  expect((await projector.join({ role: 'projector', joinCode: a.joinCode })).ok).toBe(true);
  expect((await facilitatorA.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  expect((await anna.socket.emitWithAck('idea:add', { id: annasIdea, sector: 'civil', text: secretText })).ok).toBe(true);
  expect((await bo.socket.emitWithAck('idea:add', { id: bosIdea, sector: 'civil', text: 'Bos idé' })).ok).toBe(true);
  const groupId = newId();
  expect((await facilitatorA.socket.emitWithAck('group:create', { id: groupId, sector: 'civil', title: 'Caféer' })).ok).toBe(true);
  await facilitatorA.until((m) => m.state!.board.ideas.length === 2 && Object.keys(m.state!.board.groups).length === 1);
  payloads = validPayloads({ ideaA: annasIdea, ideaB: bosIdea, groupId, itemId: facilitatorA.state!.agenda.items[0]!.id });
});
afterAll(async () => {
  await server.close();
});

/** Session A as stored and as held in memory: equal before and after means nothing changed. */
async function fingerprintA() {
  await server.server.hub.flushed();
  return { events: await server.store.events(a.sessionId, 0), live: JSON.stringify(server.server.hub.state(a.sessionId)) };
}

const facilitatorOnly = () => (Object.keys(commands) as CommandName[]).filter((name) => !(participantCommands as readonly string[]).includes(name));

/**
 * One command's answer once the person's budget admits it: these loops send every command there is, more than one
 * burst (server/tuning.ts), and what they check is the answer after the budget, not the budget.
 */
async function send(socket: TestSocket, name: CommandName, payload: unknown): Promise<Ack<unknown>> {
  const emit = (socket as unknown as { emitWithAck: (e: string, p: unknown) => Promise<Ack<unknown>> }).emitWithAck.bind(socket);
  for (;;) {
    const ack = await emit(name, payload);
    if (ack.ok || ack.code !== 'rate_limited') return ack;
    await new Promise((refill) => setTimeout(refill, 250));
  }
}

describe('authorisation over Socket.IO', () => {
  it('refuses every facilitator command from a participant and from a projector, and nothing changes', async () => {
    const before = await fingerprintA();
    const names = facilitatorOnly();
    expect(names.length).toBeGreaterThanOrEqual(18);
    for (const name of names) {
      // The payload is one the facilitator may send: only the role is wrong.
      expect(commands[name].schema.safeParse(payloads[name]).success, name).toBe(true);
      expect(await send(anna.socket, name, payloads[name]), `${name} as a participant`).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await send(projector.socket, name, payloads[name]), `${name} as the projector`).toMatchObject({ ok: false, code: 'forbidden' });
    }
    for (const name of participantCommands) {
      expect(await send(projector.socket, name, payloads[name]), `${name} as the projector`).toMatchObject({ ok: false });
    }
    expect(await fingerprintA()).toEqual(before);
  });

  it("refuses another session's facilitator: its key does not open this session and its commands cannot reach this session's ids", async () => {
    const before = await fingerprintA();
    const intruder = server.connect();
    const attempts = [
      { role: 'facilitator', sessionId: a.sessionId, key: b.facilitatorKey },
      { role: 'facilitator', sessionId: a.sessionId, key: anna.credentials.secret },
      { role: 'participant', joinCode: a.joinCode, participantId: anna.credentials.participantId, secret: bo.credentials.secret },
      { role: 'participant', joinCode: a.joinCode, participantId: anna.credentials.participantId, secret: b.facilitatorKey },
    ] as const;
    for (const join of attempts) {
      expect(await intruder.emitWithAck('session:join', join), JSON.stringify(join)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    // Still not joined anywhere after the refusals.
    expect(await send(intruder, 'board:phase', { phase: 'voting' })).toMatchObject({ ok: false, code: 'not_joined' });

    // Joined into B, its facilitator names A's ideas, group and programme item: none of them exist for B.
    const namesAIds = ['agenda:edit', 'agenda:remove', 'agenda:reorder', 'agenda:goto', 'idea:hide', 'idea:move', 'idea:merge', 'idea:group', 'group:rename', 'group:delete', 'idea:edit'] as const;
    for (const name of namesAIds) {
      expect(await send(facilitatorB.socket, name, payloads[name]), name).toMatchObject({ ok: false, code: 'not_found' });
    }
    // A delete of an idea B does not hold is a resent delete: acknowledged, and nothing changes anywhere.
    expect(await send(facilitatorB.socket, 'idea:delete', payloads['idea:delete'])).toMatchObject({ ok: true });
    // Commands without ids act on B only; A does not see them.
    for (const name of facilitatorOnly().filter((n) => n !== 'idea:delete' && !(namesAIds as readonly string[]).includes(n))) await send(facilitatorB.socket, name, payloads[name]);
    expect(await fingerprintA()).toEqual(before);
    expect(facilitatorB.state!.board.ideas).toEqual([]);
  });

  it("refuses changing another participant's idea or dots, and the idea stays as its author left it", async () => {
    const before = await fingerprintA();
    const edit = { id: annasIdea, baseVersion: 1, text: 'Overtaget af Bo' };
    expect(await bo.socket.emitWithAck('idea:edit', edit)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await bo.socket.emitWithAck('idea:delete', { id: annasIdea })).toMatchObject({ ok: false, code: 'forbidden' });
    // Re-adding under the same id is not a way to overwrite it.
    expect(await bo.socket.emitWithAck('idea:add', { id: annasIdea, sector: 'market', text: 'Kapret' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await send(facilitatorB.socket, 'idea:edit', edit)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await fingerprintA()).toEqual(before);

    expect((await facilitatorA.socket.emitWithAck('board:phase', { phase: 'voting' })).ok).toBe(true);
    expect((await anna.socket.emitWithAck('vote:cast', { ideaId: bosIdea })).ok).toBe(true);
    const voted = await fingerprintA();
    expect(await bo.socket.emitWithAck('vote:retract', { ideaId: bosIdea })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await fingerprintA()).toEqual(voted);
    expect(server.server.hub.state(a.sessionId)!.board.ideas.find((i) => i.id === bosIdea)!.votes).toEqual({ [anna.credentials.participantId]: 1 });
    expect(server.server.hub.state(a.sessionId)!.board.ideas.find((i) => i.id === annasIdea)!.text).toBe(secretText);
  });
});

/** Wrong credentials for session A, each as a Bearer header and as a download token (`?download=`, the export routes' link form). */
const wrongKeys = () => [
  { label: 'no key', key: undefined },
  { label: "a participant's secret", key: anna.credentials.secret },
  { label: "a participant's id", key: anna.credentials.participantId },
  { label: 'the join code', key: a.joinCode },
  { label: "another session's facilitator key", key: b.facilitatorKey },
  { label: 'the facilitator key with a character changed', key: a.facilitatorKey.slice(0, -1) + (a.facilitatorKey.endsWith('x') ? 'y' : 'x') },
];

function get(path: string, key: string | undefined, how: 'header' | 'download') {
  if (how === 'download' && key !== undefined) return fetch(`${server.url}${path}?download=${encodeURIComponent(key)}`);
  return fetch(`${server.url}${path}`, key === undefined ? {} : { headers: { authorization: `Bearer ${key}` } });
}

describe('authorisation over HTTP', () => {
  it('serves the session only to its own facilitator key', async () => {
    const path = `/api/sessions/${a.sessionId}`;
    expect((await get(path, a.facilitatorKey, 'header')).status).toBe(200);
    for (const { label, key } of wrongKeys()) {
      const res = await get(path, key, 'header');
      expect(res.status, label).toBe(key === undefined ? 401 : 403);
      expect(await res.text(), label).not.toContain(secretText);
    }
    // A's key does not open B.
    expect((await get(`/api/sessions/${b.sessionId}`, a.facilitatorKey, 'header')).status).toBe(403);
  });

  it('refuses every export and the organiser pages to anyone but the key holder', async () => {
    const urls = [...EXPORTS.map((file) => `/api/sessions/${a.sessionId}/${file}`), '/api/admin/sessions'];
    for (const url of urls) {
      // With the right key the download exists once the export routes are merged; until then it is a 404 for
      // everyone and the refusals below can only check that nothing leaks (strict 401/403 applies after the merge).
      const right = await get(url, url.startsWith('/api/admin') ? ADMIN_TOKEN : a.facilitatorKey, 'header');
      const exists = right.status !== 404;
      if (url.endsWith('.pdf') && right.status === 501) continue; // no Chromium for PDFs on this machine
      if (exists) expect(right.status, url).toBe(200);
      for (const { label, key } of [...wrongKeys(), { label: 'the facilitator key of A, for the organiser', key: a.facilitatorKey }]) {
        if (key === a.facilitatorKey && !url.startsWith('/api/admin')) continue;
        for (const how of ['header', 'download'] as const) {
          const res = await get(url, key, how);
          const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
          const what = `${url} with ${label} as ${how}`;
          if (exists) expect([401, 403], what).toContain(res.status);
          else expect(res.status, what).toBeGreaterThanOrEqual(400);
          expect(body, what).not.toContain('Lektiecaf');
          expect(body, what).not.toContain(anna.credentials.participantId);
        }
      }
    }
  });
});
