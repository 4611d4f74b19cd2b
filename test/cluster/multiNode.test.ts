// Three nodes of the production build with PostgreSQL and Redis behind HAProxy (deploy/haproxy.cfg): what a
// seminar on several nodes must survive — a node killed mid-brainstorm, Redis restarting, PostgreSQL going away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestNode, connectionCounts, joinedPhone, type NodeCluster, phoneThrough, startNodeCluster } from '../kit/nodeCluster';
import { connectTo } from '../kit/process';
import { type Created, Mirror, newId } from '../kit/testServer';
import { buildServer, type ServerBuild } from '../kit/serverBuild';

let build: ServerBuild;
let rig: NodeCluster;

beforeAll(async () => {
  build = await buildServer();
  rig = await startNodeCluster(build, 3);
}, 120_000);
afterAll(async () => {
  await rig?.close();
  build?.remove();
});

const ideaIds = (m: Mirror) => m.state!.board.ideas.map((i) => i.id);

/** Phones that keep adding ideas, each remembering which adds were acknowledged. */
class Writers {
  readonly acked: string[] = [];
  readonly refused: string[] = [];
  /** How many answers each phone has had. */
  readonly answers = new Map<Mirror, number>();
  private timers: NodeJS.Timeout[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiting: { done: () => boolean; resolve: () => void }[] = [];
  constructor(readonly phones: Mirror[]) {}

  /** Resolves once `done` holds after an answer (an ack, a refusal or a timeout). */
  until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ done, resolve }));
  }

  /** Resolves once `more` further adds have been acknowledged. */
  ackedMore(more: number): Promise<void> {
    const target = this.acked.length + more;
    return this.until(() => this.acked.length >= target);
  }

  start(everyMs: number): void {
    this.timers = this.phones.map((phone) => setInterval(() => this.track(this.add(phone)), everyMs));
  }

  private track(add: Promise<void>): void {
    this.inFlight.add(add);
    void add.finally(() => this.inFlight.delete(add));
  }

  private async add(phone: Mirror): Promise<void> {
    if (!phone.online) return;
    const id = newId();
    const ack = await phone.socket.timeout(5000).emitWithAck('idea:add', { id, sector: 'public', text: `Idé ${id}` }).catch(() => null);
    if (ack?.ok) this.acked.push(id);
    else this.refused.push(ack ? ack.code : 'timeout');
    this.answers.set(phone, (this.answers.get(phone) ?? 0) + 1);
    for (const waiter of [...this.waiting]) {
      if (!waiter.done()) continue;
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  /** No new adds; resolves once every add sent has its answer. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.allSettled([...this.inFlight]);
  }
}

async function collecting(): Promise<{ created: Created; facilitator: Mirror }> {
  const created = await rig.createSession();
  const facilitator = phoneThrough(rig.proxy.url, created);
  const ack = await facilitator.stayJoined({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
  if (!ack.ok) throw new Error(`facilitator join failed: ${ack.code}`);
  expect((await facilitator.socket.emitWithAck('board:settings', { requireApproval: false })).ok).toBe(true);
  expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' })).ok).toBe(true);
  return { created, facilitator };
}

/** Every acknowledged idea on every screen exactly once, and the stored log gap-free with each idea stored once. */
async function expectConverged(sessionId: string, screens: Mirror[], acked: string[]): Promise<void> {
  const seqs = rig.storedSeqs(sessionId);
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  const stored = rig.storedIdeaCounts(sessionId);
  for (const id of acked) expect(stored.get(id)).toBe(1);
  const last = seqs.at(-1)!;
  for (const screen of screens) {
    await screen.until((m) => m.state!.seq >= last, 20_000);
    const ids = ideaIds(screen);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => acked.includes(id))).toHaveLength(acked.length);
  }
}

describe('three nodes behind HAProxy', () => {
  it('shows phones on different nodes each other\'s ideas, and a facilitator command on one node reaches the others', async () => {
    const { created, facilitator } = await collecting();
    const direct = await Promise.all(rig.nodes.map((node, i) => joinedPhone(new Mirror(connectTo(node.url)), created, `Node ${i + 1}`)));
    const ids = await Promise.all(direct.map(async (phone) => {
      const id = newId();
      expect((await phone.socket.emitWithAck('idea:add', { id, sector: 'civil', text: `Idé ${id}` })).ok).toBe(true);
      return id;
    }));
    for (const phone of direct) await phone.until((m) => ids.every((id) => ideaIds(m).includes(id)));
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'closed' })).ok).toBe(true);
    for (const phone of direct) await phone.until((m) => m.state!.board.phase === 'closed');
    await expectConverged(created.sessionId, [facilitator, ...direct], ids);
    for (const phone of [facilitator, ...direct]) phone.socket.disconnect();
  });

  it('loses and repeats no acknowledged idea when the node a session is routed to is killed during writes from 50 phones', async () => {
    const { created, facilitator } = await collecting();
    const before = connectionCounts(rig.nodes);
    const phones = await Promise.all(Array.from({ length: 50 }, (_, i) => joinedPhone(phoneThrough(rig.proxy.url, created), created, `Skriver ${i}`)));
    const victim = busiestNode(rig.nodes, before);
    const watchers = await Promise.all(
      rig.nodes.flatMap((node, i) => (i === victim ? [] : [joinedPhone(new Mirror(connectTo(node.url)), created, `Ser ${i + 1}`)])),
    );
    const writers = new Writers(phones);
    writers.start(1000);
    await writers.ackedMore(phones.length);
    await rig.nodes[victim]!.kill();
    // Every phone finds another node through HAProxy and joins again with the seq it holds.
    for (const phone of [facilitator, ...phones]) await phone.until((m) => m.online && m.joins >= 2, 30_000);
    await writers.ackedMore(phones.length);
    await writers.stop();

    // The session goes on: the programme, its countdown and the board answer on the nodes left.
    expect((await facilitator.socket.emitWithAck('agenda:start', {})).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('agenda:extend', { minutes: 5 })).ok).toBe(true);
    expect((await facilitator.socket.emitWithAck('board:phase', { phase: 'closed' })).ok).toBe(true);
    expect(writers.acked.length).toBeGreaterThan(50);
    await expectConverged(created.sessionId, [facilitator, ...phones, ...watchers], writers.acked);
    for (const screen of [...phones, ...watchers]) expect(screen.state!.agenda).toEqual(facilitator.state!.agenda);
    for (const screen of [facilitator, ...phones, ...watchers]) screen.socket.disconnect();
  });

  it('loses no acknowledged idea when Redis restarts mid-session, and phones on every node converge', async () => {
    const { created, facilitator } = await collecting();
    const alive = rig.nodes.filter((node) => node.child.exitCode === null && node.child.signalCode === null);
    const phones = await Promise.all(
      alive.flatMap((node, n) => Array.from({ length: 5 }, (_, i) => joinedPhone(new Mirror(connectTo(node.url)), created, `N${n}P${i}`))),
    );
    const writers = new Writers(phones);
    writers.start(400);
    await writers.ackedMore(phones.length);
    // Published meanwhile is lost for good: the nodes catch up from the store when Redis is back.
    await rig.redis.restart(1500);
    await writers.ackedMore(2 * phones.length);
    await writers.stop();
    expect(writers.refused.filter((code) => code !== 'rate_limited')).toEqual([]);
    await expectConverged(created.sessionId, [facilitator, ...phones], writers.acked);
    for (const screen of [facilitator, ...phones]) screen.socket.disconnect();
  });

  it('refuses writes with a typed error while PostgreSQL is away, loses nothing acknowledged, and writes again once it is back', async () => {
    const { created, facilitator } = await collecting();
    const phones = await Promise.all(Array.from({ length: 10 }, (_, i) => joinedPhone(phoneThrough(rig.proxy.url, created), created, `P${i}`)));
    const writers = new Writers(phones);
    writers.start(400);
    await writers.ackedMore(phones.length);
    await rig.pg.stop();
    const ackedBefore = writers.acked.length;
    // Writes in flight when it went away may wait for the pool's connection timeout (5 s) before they are refused.
    await expect.poll(() => writers.refused, { timeout: 15_000 }).toContain('unavailable');
    // Every phone answered again while it is down, or is offline: a phone whose node HAProxy marked down sends nothing.
    const answered = new Map(writers.answers);
    const answeredAgain = (phone: Mirror) => !phone.online || (writers.answers.get(phone) ?? 0) > (answered.get(phone) ?? 0);
    await expect.poll(() => phones.every(answeredAgain), { timeout: 15_000 }).toBe(true);
    const refusedWhileDown = [...writers.refused];
    expect(writers.acked.length - ackedBefore).toBeLessThanOrEqual(phones.length);
    expect(refusedWhileDown).toContain('unavailable');
    expect(refusedWhileDown).not.toContain('internal');
    await rig.pg.start();
    const ackedDown = writers.acked.length;
    // Writes resume by themselves once the database answers again.
    await expect.poll(() => writers.acked.length, { timeout: 20_000 }).toBeGreaterThan(ackedDown + phones.length);
    await writers.stop();
    await expectConverged(created.sessionId, [facilitator, ...phones], writers.acked);
    for (const screen of [facilitator, ...phones]) screen.socket.disconnect();
  });
});
