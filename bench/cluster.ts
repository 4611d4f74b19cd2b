// `npx tsx bench/cluster.ts`: the same phones through HAProxy against one node and against three (PostgreSQL and
// Redis of the run's own, deploy/haproxy.cfg), to size docs/scaling.md's capacity model. Prints, never asserts.
// Options (env): CLUSTER_SESSIONS (6), CLUSTER_PHONES per session (25), CLUSTER_EVERY_MS between one phone's adds
// (2000: the phones share this one process, which must not be what is measured), CLUSTER_SECONDS of writing (10).
import { startNodeCluster, phoneThrough } from '../test/helpers/nodeCluster';
import { type Created, Mirror, newId, participantCredentials } from '../test/helpers/server';
import { buildServer } from '../test/kit/serverBuild';
import { cpuMeter, rssKb } from './proc';
import { summarise } from './stats';

const sessions = Number(process.env.CLUSTER_SESSIONS ?? 6);
const phonesPerSession = Number(process.env.CLUSTER_PHONES ?? 25);
const everyMs = Number(process.env.CLUSTER_EVERY_MS ?? 2000);
const seconds = Number(process.env.CLUSTER_SECONDS ?? 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Figures {
  nodes: number;
  ackedPerSecond: number;
  refused: number;
  delivery: ReturnType<typeof summarise>;
  rssKb: number[];
  idleRssKb: number[];
  cores: number[];
}

/** A session's phones through HAProxy; every phone times the ideas of the others from send to arrival. */
async function room(url: string, created: Created, delays: number[]): Promise<Mirror[]> {
  const sent = new Map<string, number>();
  const phones: Mirror[] = [];
  for (let i = 0; i < phonesPerSession; i++) {
    const phone = phoneThrough(url, created);
    phone.socket.on('events', (batch) => {
      const at = performance.now();
      for (const { event } of batch.events) if (event.type === 'idea:added' && sent.has(event.idea.id)) delays.push(at - sent.get(event.idea.id)!);
    });
    const ack = await phone.join({ role: 'participant', joinCode: created.joinCode, ...participantCredentials(`P${i}`) });
    if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
    phones.push(Object.assign(phone, { sent }));
  }
  return phones;
}

async function run(nodeCount: number): Promise<Figures> {
  const build = await buildServer();
  const rig = await startNodeCluster(build, nodeCount);
  try {
    await sleep(1000);
    const idleRss = rig.nodes.map((node) => rssKb(node.child.pid!));
    const delays: number[] = [];
    const all: { phone: Mirror; sent: Map<string, number> }[] = [];
    for (let s = 0; s < sessions; s++) {
      const created = await rig.createSession();
      const facilitator = phoneThrough(rig.proxy.url, created);
      await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
      await facilitator.socket.emitWithAck('board:settings', { requireApproval: false });
      await facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
      for (const phone of await room(rig.proxy.url, created, delays)) all.push({ phone, sent: (phone as Mirror & { sent: Map<string, number> }).sent });
    }
    let acked = 0;
    let refused = 0;
    const meter = cpuMeter(rig.nodes.map((node) => node.child.pid!));
    const started = performance.now();
    const timers = all.map(({ phone, sent }) =>
      setInterval(() => {
        const id = newId();
        sent.set(id, performance.now());
        phone.socket.timeout(10_000).emitWithAck('idea:add', { id, sector: 'civil', text: `Idé ${id}` })
          .then((ack) => (ack.ok ? acked++ : refused++), () => refused++);
      }, everyMs),
    );
    await sleep(seconds * 1000);
    for (const timer of timers) clearInterval(timer);
    const elapsed = (performance.now() - started) / 1000;
    const cores = meter();
    await sleep(2000);
    const rss = rig.nodes.map((node) => rssKb(node.child.pid!));
    for (const { phone } of all) phone.socket.disconnect();
    return { nodes: nodeCount, ackedPerSecond: Math.round(acked / elapsed), refused, delivery: summarise(delays), rssKb: rss, idleRssKb: idleRss, cores };
  } finally {
    await rig.close();
    build.remove();
  }
}

const results = [await run(1), await run(3)];
console.log(`${sessions} sessions × ${phonesPerSession} phones, one add per phone every ${everyMs} ms for ${seconds} s, through HAProxy`);
for (const r of results) {
  console.log(
    `${r.nodes} node(s): ${r.ackedPerSecond} ideas/s acknowledged, ${r.refused} refused; delivery to the session's other phones p50 ${r.delivery.p50} ms, p99 ${r.delivery.p99} ms, max ${r.delivery.max} ms (${r.delivery.n} deliveries); node RSS ${r.idleRssKb.join(', ')} KB idle -> ${r.rssKb.join(', ')} KB; node cores busy ${r.cores.join(', ')}`,
  );
}
process.exit(0);
