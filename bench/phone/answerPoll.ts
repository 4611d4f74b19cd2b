// The poll scenario on a worker's phones: each answers once, at its moment of the spread, and notes the ack.
import { type AnswerReply, sleep, wallNow, type WorkerRequest } from '../protocol';
import type { OursPhone } from './oursPhone';

type AnswerRequest = Extract<WorkerRequest, { op: 'answer' }>;

export async function answerPoll(phones: OursPhone[], req: AnswerRequest): Promise<AnswerReply> {
  const reply: AnswerReply = { acks: [], rejected: {}, lastAckAt: 0 };
  await Promise.all(
    phones.map(async (phone) => {
      // The same interleaving as the join storm's, so the workers' phones together cover the window evenly.
      const slot = (phone.index * req.workers + req.worker) % req.totalPhones;
      await sleep(req.startAt + (slot * req.spreadMs) / req.totalPhones - wallNow());
      const result = await phone.answer(req.pollId, phone.index % req.options).catch(() => ({ ok: false, code: 'timeout', seq: undefined }));
      const ackAt = wallNow();
      if (!result.ok || result.seq === undefined) {
        const code = result.code ?? 'unknown';
        reply.rejected[code] = (reply.rejected[code] ?? 0) + 1;
        return;
      }
      reply.acks.push({ seq: result.seq, ackAt });
      reply.lastAckAt = Math.max(reply.lastAckAt, ackAt);
    }),
  );
  return reply;
}
