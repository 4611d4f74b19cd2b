// One phone writing for a while, never faster than `perPhoneRate`, so it stays under the server's
// per-socket limit (burst 40, then 20/s): the load comes from many phones, not from one flooding.
import { newId } from '../../test/helpers/server';
import { sleep, wallNow, type WorkerRequest, type WriteReply } from '../protocol';
import type { Phone } from './phone';

type WriteRequest = Extract<WorkerRequest, { op: 'write' }>;

export function emptyWriteReply(): WriteReply {
  return { acked: 0, ackedIds: [], rejected: {}, latenciesMs: [], firstSentAt: Infinity, lastAckAt: 0 };
}

export async function writeLoop(phone: Phone, req: WriteRequest, into: WriteReply): Promise<void> {
  const gap = 1000 / req.perPhoneRate;
  const end = req.startAt + req.durationMs;
  let next = req.startAt + Math.random() * gap;
  let cast = true;
  let voteOn = req.voteIdeaIds[phone.index % Math.max(1, req.voteIdeaIds.length)];
  while (next < end) {
    await sleep(next - wallNow());
    const sentAt = wallNow();
    next = sentAt + gap;
    const id = newId();
    // Votes alternate cast and retract on one idea, so a phone never runs out of dots.
    const reply = await (req.kind === 'add' ? phone.add(id) : phone.vote(voteOn ?? id, cast)).catch(() => ({ ok: false, code: 'timeout' }));
    const ackAt = wallNow();
    into.firstSentAt = Math.min(into.firstSentAt, sentAt);
    into.lastAckAt = Math.max(into.lastAckAt, ackAt);
    if (!reply.ok) {
      const code = reply.code ?? 'unknown';
      into.rejected[code] = (into.rejected[code] ?? 0) + 1;
      continue;
    }
    into.acked++;
    into.latenciesMs.push(ackAt - sentAt);
    if (req.kind === 'add') into.ackedIds.push(id);
    else {
      cast = !cast;
      if (cast) voteOn = req.voteIdeaIds[Math.floor(Math.random() * req.voteIdeaIds.length)];
    }
  }
}
