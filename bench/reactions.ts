// BENCH_ONLY=reactions: a room of phones tapping reactions for half a minute, against a quiet spell of the same
// length measured first in the same run. Printed: taps acknowledged and dropped, what the screens and the phones
// were sent, the server's CPU per tap and peak memory, and how long the facilitator's commands took meanwhile.
// BENCH_REACTIONS_PHONES (1000), BENCH_REACTIONS_SECONDS (30), BENCH_REACTIONS_RATE taps a second per phone (4: one
// more than reactionLimits allows, so the server's bound is exercised).
import { io } from 'socket.io-client';
import type { EventBatch } from '../shared/projection/batch';
import { reactionKinds } from '../shared/reaction/kinds';
import type { TestSocket } from '../test/kit/mirror';
import { participantCredentials } from '../test/kit/mirror';
import { cpuSeconds, rssKb } from './proc';
import { summarise, type Summary } from './stats';
import { startOurs } from './targets';

const env = (name: string, fallback: number) => Number(process.env[`BENCH_REACTIONS_${name}`] ?? fallback);

interface Spell {
  spell: string;
  tapsOffered: number;
  tapsAcked: number;
  tapsDropped: number;
  /** Event batches carrying counts, to the facilitator and the projector together. */
  screenDeliveries: number;
  /** Reaction events that reached any phone (should be none). */
  phoneDeliveries: number;
  cpuMsPerTap: number | null;
  cpuSeconds: number;
  peakRssMb: number;
  facilitator: Summary;
}

const connect = (url: string, joinCode: string): TestSocket =>
  io(url, { transports: ['websocket'], forceNew: true, reconnection: false, query: { session: joinCode } }) as unknown as TestSocket;
const reactionEventsIn = (batch: EventBatch) => batch.events.filter((e) => e.event.type === 'reaction:counted').length;

/** The facilitator's command, sent one after another for the whole spell: the latency a presenter feels. */
async function facilitatorLoop(facilitator: TestSocket, until: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let shown = true; performance.now() < until; shown = !shown) {
    const started = performance.now();
    const ack = await facilitator.emitWithAck('projector:qr', { isLarge: shown });
    if (!ack.ok) throw new Error(`facilitator command refused: ${ack.code}`);
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  return latencies;
}

async function spell(name: string, pid: number, screens: TestSocket[], phones: TestSocket[], facilitator: TestSocket, tapRate: number, seconds: number): Promise<Spell> {
  let screenDeliveries = 0;
  let phoneDeliveries = 0;
  const onScreen = (batch: EventBatch) => void (screenDeliveries += reactionEventsIn(batch) > 0 ? 1 : 0);
  const onPhone = (batch: EventBatch) => void (phoneDeliveries += reactionEventsIn(batch));
  for (const s of screens) s.on('events', onScreen);
  for (const p of phones) p.on('events', onPhone);
  const cpuBefore = cpuSeconds(pid);
  let peak = rssKb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 200);
  const until = performance.now() + seconds * 1000;
  let offered = 0;
  let acked = 0;
  const pending: Promise<void>[] = [];
  const tapper = tapRate > 0 ? setInterval(() => {
    for (const [i, phone] of phones.entries()) {
      offered++;
      pending.push(phone.emitWithAck('reaction:send', { kind: reactionKinds[i % reactionKinds.length]! }).then((a) => void (a.ok && acked++)));
    }
  }, 1000 / tapRate) : undefined;
  const latencies = await facilitatorLoop(facilitator, until);
  clearInterval(tapper);
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, 1000));
  clearInterval(sampler);
  const cpu = cpuSeconds(pid) - cpuBefore;
  for (const s of screens) s.off('events', onScreen);
  for (const p of phones) p.off('events', onPhone);
  return {
    spell: name, tapsOffered: offered, tapsAcked: acked, tapsDropped: offered - acked, screenDeliveries, phoneDeliveries,
    cpuMsPerTap: offered ? Math.round((cpu * 1000 * 1000) / offered) / 1000 : null, cpuSeconds: Math.round(cpu * 10) / 10,
    peakRssMb: Math.round(peak / 1024), facilitator: summarise(latencies),
  };
}

export async function reactionsRun(log: (line: string) => void): Promise<Spell[]> {
  const phonesN = env('PHONES', 1000);
  const seconds = env('SECONDS', 30);
  const rate = env('RATE', 4);
  const target = await startOurs(0, undefined, phonesN + 10);
  try {
    if (target.address.kind !== 'ours') throw new Error('ours only');
    const { url, joinCode } = target.address;
    const facilitator = connect(url, joinCode);
    const projector = connect(url, joinCode);
    const fState = await target.facilitatorState!();
    const talk = fState.agenda.items.find((i) => i.kind === 'talk')!;
    await facilitator.emitWithAck('session:join', target.asFacilitator!);
    await projector.emitWithAck('session:join', { role: 'projector', joinCode });
    const phones: TestSocket[] = [];
    for (let i = 0; i < phonesN; i++) {
      const phone = connect(url, joinCode);
      const joined = await phone.emitWithAck('session:join', { role: 'participant', joinCode, ...participantCredentials(`Bench ${i}`) });
      if (!joined.ok) throw new Error(`join failed: ${joined.code}`);
      phones.push(phone);
    }
    const moved = await facilitator.emitWithAck('agenda:goto', { id: talk.id });
    if (!moved.ok) throw new Error(`goto failed: ${moved.code}`);
    log(`${phonesN} phones joined; each taps ${rate}/s for ${seconds} s after a quiet spell as long`);
    const quiet = await spell('no taps (baseline)', target.pid, [facilitator, projector], phones, facilitator, 0, seconds);
    const busy = await spell(`${phonesN} phones × ${rate} taps/s`, target.pid, [facilitator, projector], phones, facilitator, rate, seconds);
    for (const s of [facilitator, projector, ...phones]) s.disconnect();
    return [quiet, busy];
  } finally {
    await target.stop();
  }
}

export function reactionsTable(spells: Spell[]): string {
  const head = '| spell | taps offered | acknowledged | dropped | screen deliveries | reaction events to phones | server CPU | CPU per tap | peak RSS | facilitator p50 / p99 / max |';
  const rows = spells.map((s) => `| ${s.spell} | ${s.tapsOffered} | ${s.tapsAcked} | ${s.tapsDropped} | ${s.screenDeliveries} | ${s.phoneDeliveries} | ${s.cpuSeconds} s | ${s.cpuMsPerTap ?? '–'} ms | ${s.peakRssMb} MB | ${s.facilitator.p50} / ${s.facilitator.p99} / ${s.facilitator.max} ms |`);
  return [head, `|${'---|'.repeat(10)}`, ...rows].join('\n');
}
