import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../../shared/time';
import { startCluster } from '../kit/cluster';
import { joinAsFacilitator, joinAsParticipant, type Mirror, newId, type TestServer } from '../kit/testServer';

let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

const ideaIds = (m: Mirror) => m.state!.board.ideas.map((i) => i.id);
const storedSeqs = async (node: TestServer, sessionId: string) => (await node.server.hub.storedEventsSince(sessionId, 0)).map((e) => e.seq);

async function collectingOn(nodes: TestServer[]) {
  const created = await nodes[0]!.createSession();
  const facilitator = await joinAsFacilitator(nodes[0]!, created);
  expect((await facilitator.socket.emitWithAck('board:settings', { requireApproval: false })).ok).toBe(true);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  return { created, facilitator };
}

describe('several nodes serving one session', () => {
  it('shows phones on different nodes each other\'s ideas, and a facilitator command on one node reaches phones on the others', async () => {
    cluster = await startCluster(3);
    const [a, b, c] = cluster.nodes as [TestServer, TestServer, TestServer];
    const { created, facilitator } = await collectingOn(cluster.nodes);
    const onB = await joinAsParticipant(b, created, 'Bo');
    const onC = await joinAsParticipant(c, created, 'Cai');

    const id = newId();
    expect((await onB.socket.emitWithAck('idea:add', { id, sector: 'civil', text: 'Lektiecafé' })).ok).toBe(true);
    await onC.until((m) => ideaIds(m).includes(id));
    await facilitator.until((m) => ideaIds(m).includes(id));

    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'closed' })).ok).toBe(true);
    await onB.until((m) => m.state!.board.phase === 'closed');
    await onC.until((m) => m.state!.board.phase === 'closed');
    expect(await storedSeqs(a, created.sessionId)).toEqual(Array.from({ length: facilitator.state!.seq }, (_, i) => i + 1));
  });

  it('stores every idea sent at once from phones on three nodes exactly once, with no gap in the sequence', async () => {
    cluster = await startCluster(3);
    const { created, facilitator } = await collectingOn(cluster.nodes);
    const phones = await Promise.all(cluster.nodes.flatMap((node) => [0, 1, 2].map((i) => joinAsParticipant(node, created, `P${i}`))));
    const sent = phones.map(() => Array.from({ length: 8 }, () => newId()));
    const acks = await Promise.all(
      phones.flatMap((phone, p) => sent[p]!.map((id) => phone.socket.emitWithAck('idea:add', { id, sector: 'market', text: `Idé ${id}` }))),
    );
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);

    const all = sent.flat().sort();
    const lastSeq = Math.max(...acks.map((ack) => (ack.ok ? ack.data.seq : 0)));
    for (const mirror of [facilitator, ...phones]) {
      await mirror.until((m) => m.state!.seq >= lastSeq);
      expect([...ideaIds(mirror)].sort()).toEqual(all);
    }
    expect(await storedSeqs(cluster.nodes[1]!, created.sessionId)).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
  });

  it('stores the clock\'s follow-ups once although every node holding the session ticks it', async () => {
    const date = '2026-11-25';
    let clock = zonedTimeToEpoch(date, '10:05');
    cluster = await startCluster(3, { now: () => clock });
    const created = await cluster.nodes[0]!.createSession({ date });
    const facilitator = await joinAsFacilitator(cluster.nodes[0]!, created);
    const phones = await Promise.all(cluster.nodes.map((node) => joinAsParticipant(node, created)));
    expect((await facilitator.socket.emitWithAck('agenda:mode', { mode: 'clock' })).ok).toBe(true);
    await Promise.all(phones.map((phone) => phone.until((m) => m.state!.agenda.items[0]!.actualStart === clock)));

    clock = zonedTimeToEpoch(date, '10:12');
    const changeOver = zonedTimeToEpoch(date, '10:10');
    await Promise.all(phones.map((phone) => phone.until((m) => m.state!.agenda.items[1]!.actualStart === changeOver)));
    // Every node ticks each second: make each tick a few more times, all at once, to store a duplicate if they could.
    for (let round = 0; round < 3; round++) {
      for (const node of cluster.nodes) node.server.hub.tick(clock);
      await Promise.all(cluster.nodes.map((node) => node.server.hub.flushed()));
    }
    const ran = (await cluster.nodes[0]!.server.hub.storedEventsSince(created.sessionId, 0)).filter((e) => e.event.type === 'agenda:ran');
    const marks = ran.flatMap((e) => (e.event.type === 'agenda:ran' ? e.event.marks.map((m) => `${m.id}:${'actualStart' in m}:${'actualEnd' in m}`) : []));
    expect(new Set(marks).size).toBe(marks.length);
    expect(ran).toHaveLength(2);
    for (const phone of phones) expect(phone.state!.seq).toBe(facilitator.state!.seq);
  });

  it('counts participants online on every node, and stops counting those who left', async () => {
    cluster = await startCluster(3);
    const created = await cluster.nodes[0]!.createSession();
    const facilitator = await joinAsFacilitator(cluster.nodes[0]!, created);
    const phones = await Promise.all(cluster.nodes.map((node) => joinAsParticipant(node, created)));
    await facilitator.until((m) => m.presence === 3);
    await Promise.all(phones.map((phone) => phone.until((m) => m.presence === 3)));
    // Each node counts only its own sockets; every screen shows the sum over the nodes.
    expect(cluster.nodes.map((node) => node.server.cluster!.othersOnline(created.sessionId))).toEqual([2, 2, 2]);
    phones[2]!.socket.disconnect();
    await Promise.all([facilitator, phones[0]!, phones[1]!].map((screen) => screen.until((m) => m.presence === 2)));
    // The two nodes left each count their own phone and hear of the other's: the third node's is gone from both.
    expect(cluster.nodes.slice(0, 2).map((node) => node.server.cluster!.othersOnline(created.sessionId))).toEqual([1, 1]);
  });

  it('ends a session deleted on one node for the screens on the others', async () => {
    cluster = await startCluster(2, { adminToken: 'organiser-token-0123456789' });
    const [a, b] = cluster.nodes as [TestServer, TestServer];
    const created = await a.createSession();
    const onB = await joinAsParticipant(b, created, 'Bo');
    const ended = new Promise((resolve) => onB.socket.once('ended', resolve));
    const res = await fetch(`${a.url}/api/admin/sessions/${created.sessionId}`, {
      method: 'DELETE',
      headers: { authorization: 'Bearer organiser-token-0123456789' },
    });
    expect(res.status).toBe(204);
    expect(await ended).toEqual({ reason: 'deleted' });
    expect(b.server.hub.isLive(created.sessionId)).toBe(false);
  });
});

describe('budgets over several nodes', () => {
  it('refuses wrong join codes on a third node once an address spent its budget on the other two', async () => {
    cluster = await startCluster(3);
    const sockets = cluster.nodes.map((node) => node.connect());
    const tryOn = (i: number) => sockets[i]!.emitWithAck('session:join', { role: 'projector', joinCode: 'ZZZZZZ' });
    for (let i = 0; i < 10; i++) expect(await tryOn(0)).toMatchObject({ ok: false, code: 'not_found' });
    for (let i = 0; i < 10; i++) expect(await tryOn(1)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await tryOn(2)).toMatchObject({ ok: false, code: 'rate_limited' });
  });

  it('gives a participant one command budget over all their sockets on all nodes', async () => {
    cluster = await startCluster(2);
    const created = await cluster.nodes[0]!.createSession();
    const anna = await joinAsParticipant(cluster.nodes[0]!, created, 'Anna');
    const again = cluster.nodes[1]!.connect();
    expect((await again.emitWithAck('session:join', { role: 'participant', joinCode: created.joinCode, ...anna.credentials })).ok).toBe(true);
    // Each socket alone may send 40 at once; together they may not.
    const acks = await Promise.all(
      [anna.socket, again].flatMap((socket) => Array.from({ length: 30 }, (_, i) => socket.emitWithAck('participant:rename', { name: `Anna ${i}` }))),
    );
    const refused = acks.filter((ack) => !ack.ok);
    expect(refused.length).toBeGreaterThanOrEqual(15);
    expect(refused.every((ack) => !ack.ok && ack.code === 'rate_limited')).toBe(true);
  });

  it('caps connections per address over all nodes', async () => {
    cluster = await startCluster(3, { maxConnectionsPerAddress: 4 });
    const open = async (node: TestServer) => {
      const socket = node.connect();
      return new Promise<boolean>((resolve) => {
        socket.once('connect', () => resolve(true));
        socket.once('connect_error', () => resolve(false));
      });
    };
    const [a, b, c] = cluster.nodes as [TestServer, TestServer, TestServer];
    expect(await Promise.all([open(a), open(a), open(b), open(b)])).toEqual([true, true, true, true]);
    expect(await open(c)).toBe(false);
  });

  it('counts wrong codes typed into one node\'s join page against the look-ups on the other', async () => {
    // The page is the client's index.html; a code that matches no workshop gets it plain, and costs a guess.
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-dist-'));
    fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Out of the box</title>');
    cluster = await startCluster(2, { distDir });
    const [a, b] = cluster.nodes as [TestServer, TestServer];
    for (let i = 0; i < 20; i++) expect((await fetch(`${a.url}/j/ZZZZZZ`)).status).toBe(200);
    expect((await fetch(`${b.url}/api/join/ZZZZZZ`)).status).toBe(429);
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('gives an address one budget of bytes for new workshops over all nodes', async () => {
    // Room for a few workshops from the template per address (each ~4 KB), whichever node stores them.
    cluster = await startCluster(2, { creationBytes: { perAddress: 20_000, global: 10_000_000 } });
    const create = async (node: TestServer) =>
      (await fetch(`${node.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status;
    let storedOnA = 0;
    while (storedOnA < 10 && (await create(cluster.nodes[0]!)) === 201) storedOnA += 1;
    expect(storedOnA).toBeGreaterThan(1);
    expect(storedOnA).toBeLessThan(10);
    expect(await create(cluster.nodes[1]!)).toBe(429);
  });
});
