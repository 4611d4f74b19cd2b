// A phone worker: a child process holding a share of the simulated phones, driven over IPC by run.ts.
import { OursPhone } from './phone/oursPhone';
import type { OnIdea, Phone } from './phone/phone';
import { RelayPhone } from './phone/relayPhone';
import { SeenLog } from './phone/seenLog';
import { emptyWriteReply, writeLoop } from './phone/writeLoop';
import { storm } from './phone/storm';
import { tapLoop } from './phone/tapLoop';
import { type CheckReply, type CountsReply, type Envelope, type JoinReply, sleep, wallNow, type WorkerReply, type WorkerRequest } from './protocol';

const phones: Phone[] = [];
/** Phones whose join failed (counted as failures): no idea is expected to reach them. */
const failed = new Set<number>();
const seen = new SeenLog();
/** Fan-out: idea id -> arrival time per phone (NaN until it arrives). */
const watched = new Map<string, number[]>();
const senders = new Map<string, number>();

const onIdea: OnIdea = (phone, id) => {
  seen.add(phone, id);
  const arrivals = watched.get(id);
  if (arrivals && Number.isNaN(arrivals[phone])) arrivals[phone] = wallNow();
};

async function until(isDone: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = wallNow() + timeoutMs;
  while (!isDone() && wallNow() < deadline) await sleep(20);
}

async function join(req: Extract<WorkerRequest, { op: 'join' }>): Promise<JoinReply> {
  const reply: JoinReply = { durationsMs: [], failures: {} };
  await Promise.all(
    req.offsetsMs.map(async (offset) => {
      await sleep(req.startAt + offset - wallNow());
      const index = phones.length;
      const Kind = req.target.kind === 'ours' ? OursPhone : RelayPhone;
      const phone = new Kind(index, req.target, req.ideaCount, onIdea);
      phones.push(phone);
      const startedAt = wallNow();
      try {
        await phone.join();
        reply.durationsMs.push(wallNow() - startedAt);
      } catch (error) {
        failed.add(index);
        const code = error instanceof Error ? error.message : 'unknown';
        reply.failures[code] = (reply.failures[code] ?? 0) + 1;
      }
    }),
  );
  return reply;
}

async function check(req: Extract<WorkerRequest, { op: 'check' }>): Promise<CheckReply> {
  const numbers = req.ids.map((id) => seen.numberOf(id));
  const complete = () => phones.every((p) => failed.has(p.index) || numbers.every((n) => seen.count(p.index, n) >= 1));
  await until(complete, req.timeoutMs);
  const reply: CheckReply = { phones: 0, lost: 0, duplicated: 0, gaps: 0 };
  for (const phone of phones) {
    if (failed.has(phone.index)) continue;
    reply.phones++;
    reply.gaps += phone.gaps;
    for (const n of numbers) {
      const count = seen.count(phone.index, n);
      if (count === 0) reply.lost++;
      if (count > 1) reply.duplicated++;
    }
  }
  return reply;
}

/** How many of this worker's phones hold other counts than expected, once all do or the time is up. */
async function counts(req: Extract<WorkerRequest, { op: 'counts' }>): Promise<CountsReply> {
  const ours = phones.filter((p): p is OursPhone => p instanceof OursPhone && !failed.has(p.index));
  const expected = Object.entries(req.expected);
  const right = (phone: OursPhone) => expected.every(([key, n]) => phone.counts.get(key) === n);
  await until(() => ours.every(right), req.timeoutMs);
  return { phones: ours.length, wrong: ours.filter((p) => !right(p)).length, tallied: ours.filter((p) => p.counts.size > 0).length };
}

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  switch (req.op) {
    case 'join':
      return join(req);
    case 'expect':
      watched.set(req.id, phones.map(() => Number.NaN));
      return null;
    case 'send': {
      senders.set(req.id, 0);
      const sentAt = wallNow();
      const reply = await phones[0]!.add(req.id);
      return { sentAt, ok: reply.ok };
    }
    case 'arrivals': {
      const arrivals = watched.get(req.id) ?? [];
      const others = () => arrivals.filter((_, phone) => phone !== senders.get(req.id) && !failed.has(phone));
      await until(() => others().every((t) => !Number.isNaN(t)), req.timeoutMs);
      watched.delete(req.id);
      return others().filter((t) => !Number.isNaN(t));
    }
    case 'write': {
      const reply = emptyWriteReply();
      await Promise.all(phones.map((phone) => writeLoop(phone, req, reply)));
      return reply;
    }
    case 'check':
      return check(req);
    case 'storm':
      return storm(phones.filter((p) => !failed.has(p.index)), req);
    case 'counts':
      return counts(req);
    case 'tap':
      return tapLoop(phones.filter((p) => !failed.has(p.index)), req);
    case 'reset':
      for (const phone of phones) phone.close();
      phones.length = 0;
      failed.clear();
      seen.clear();
      watched.clear();
      senders.clear();
      return null;
  }
}

process.on('message', (message: Envelope<WorkerRequest>) => {
  handle(message.body).then(
    (body) => process.send?.({ seq: message.seq, body }),
    (error: unknown) => process.send?.({ seq: message.seq, body: null, error: String(error) }),
  );
});
// The orchestrator owns this process: when it goes, so do the phones.
process.on('disconnect', () => process.exit(0));
