// A storm on a worker's phones: each taking part writes `perPhone` times at its own moments, spread evenly over
// the window with the other workers' phones, and notes each acknowledgement (bench/keynote.ts, pollScenario.ts).
import { newId } from '../../test/kit/mirror';
import { sleep, type StormReply, wallNow, type WorkerRequest } from '../protocol';
import type { Phone, Reply } from './phone';
import { OursPhone } from './oursPhone';

export type StormRequest = Extract<WorkerRequest, { op: 'storm' }>;
type Sent = Reply & { seq?: number; id?: string };

/** One write of the storm's kind by the phone at `slot` (its place among all phones), its `k`th. */
function write(phone: Phone, req: StormRequest, slot: number, k: number): Promise<Sent> {
  const target = req.targets[(slot * req.perPhone + k) % Math.max(1, req.targets.length)]!;
  switch (req.kind) {
    case 'add': {
      const id = newId();
      return phone.add(id).then((reply) => ({ ...reply, id }));
    }
    case 'dot':
      return phone.vote(target, true);
    case 'answer':
    case 'upvote':
      if (!(phone instanceof OursPhone)) return Promise.resolve({ ok: false, code: 'unsupported' });
      return req.kind === 'answer' ? phone.answer(target, slot % req.options) : phone.upvote(target);
  }
}

export async function storm(phones: Phone[], req: StormRequest): Promise<StormReply> {
  const reply: StormReply = { acks: [], ackedIds: [], rejected: {}, lastAckAt: 0 };
  const writes = req.phones * req.perPhone;
  await Promise.all(
    phones.map(async (phone) => {
      // The same interleaving as the join storm's, so the workers' phones together cover the window evenly.
      const slot = phone.index * req.workers + req.worker;
      if (slot >= req.phones) return;
      for (let k = 0; k < req.perPhone; k++) {
        await sleep(req.startAt + ((k * req.phones + slot) * req.spreadMs) / writes - wallNow());
        const sentAt = wallNow();
        const result = await write(phone, req, slot, k).catch((): Sent => ({ ok: false, code: 'timeout' }));
        const ackAt = wallNow();
        if (!result.ok) {
          const code = result.code ?? 'unknown';
          reply.rejected[code] = (reply.rejected[code] ?? 0) + 1;
          continue;
        }
        reply.acks.push({ seq: result.seq ?? 0, ackAt, latencyMs: ackAt - sentAt });
        if (result.id) reply.ackedIds.push(result.id);
        reply.lastAckAt = Math.max(reply.lastAckAt, ackAt);
      }
    }),
  );
  return reply;
}
