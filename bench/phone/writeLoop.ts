// One phone writing for a while, never faster than `perPhoneRate`, so it stays under the server's
// per-socket limit (burst 40, then 20/s): the load comes from many phones, not from one flooding.
// Idea writes stay within the board's limits (shared/limits.ts): a phone adds `addsPerPhone` ideas, its share
// of what the board and one participant may still hold, then keeps editing its own ideas, durable writes too.
import { newId } from '../../test/kit/mirror';
import { sleep, wallNow, type WorkerRequest, type WriteReply } from '../protocol';
import type { Phone, Reply } from './phone';

type WriteRequest = Extract<WorkerRequest, { op: 'write' }>;

export function emptyWriteReply(): WriteReply {
  return { acked: 0, ackedBy: {}, ackedIds: [], rejected: {}, latenciesMs: [], firstSentAt: Infinity, lastAckAt: 0 };
}

/** The next command of one phone: what it is called in the figures, how it is sent, what an acknowledgement changes. */
type Write = { name: string; send: () => Promise<Reply>; onAck: () => void };

/** Adds up to the phone's share, then edits its own ideas in turn, each from the version last acknowledged. */
function ideaWrites(phone: Phone, addsPerPhone: number, into: WriteReply): () => Write | undefined {
  const versions = new Map<string, number>();
  let adds = 0;
  let edits = 0;
  return () => {
    if (adds < addsPerPhone) {
      adds++;
      const id = newId();
      return { name: 'add', send: () => phone.add(id), onAck: () => (versions.set(id, 1), into.ackedIds.push(id)) };
    }
    // The idea edited longest ago: an acknowledged edit puts it back at the end of the map.
    const oldest = versions.entries().next();
    if (oldest.done) return undefined;
    const [id, version] = oldest.value;
    edits++;
    // An edit that is refused or unanswered leaves the version unknown, so that idea is edited no more.
    versions.delete(id);
    return { name: 'edit', send: () => phone.edit(id, version, `Bench idea ${id.slice(0, 6)}, edit ${edits}: the library and a partner`), onAck: () => versions.set(id, version + 1) };
  };
}

/** Votes alternate cast and retract on one idea, so a phone never runs out of dots. */
function voteWrites(phone: Phone, voteIdeaIds: string[]): () => Write {
  let cast = true;
  let voteOn = voteIdeaIds[phone.index % Math.max(1, voteIdeaIds.length)] ?? newId();
  return () => ({
    name: 'vote',
    send: () => phone.vote(voteOn, cast),
    onAck: () => {
      cast = !cast;
      if (cast) voteOn = voteIdeaIds[Math.floor(Math.random() * voteIdeaIds.length)] ?? voteOn;
    },
  });
}

export async function writeLoop(phone: Phone, req: WriteRequest, into: WriteReply): Promise<void> {
  const gap = 1000 / req.perPhoneRate;
  const end = req.startAt + req.durationMs;
  const nextWrite = req.kind === 'ideas' ? ideaWrites(phone, req.addsPerPhone, into) : voteWrites(phone, req.voteIdeaIds);
  let next = req.startAt + Math.random() * gap;
  while (next < end) {
    const write = nextWrite();
    if (!write) return;
    await sleep(next - wallNow());
    const sentAt = wallNow();
    next = sentAt + gap;
    const reply = await write.send().catch(() => ({ ok: false, code: 'timeout' }));
    const ackAt = wallNow();
    into.firstSentAt = Math.min(into.firstSentAt, sentAt);
    into.lastAckAt = Math.max(into.lastAckAt, ackAt);
    if (!reply.ok) {
      // Counted apart, by command and code: a refusal is never a write.
      const code = `${write.name}: ${reply.code ?? 'unknown'}`;
      into.rejected[code] = (into.rejected[code] ?? 0) + 1;
      continue;
    }
    into.acked++;
    into.ackedBy[write.name] = (into.ackedBy[write.name] ?? 0) + 1;
    into.latenciesMs.push(ackAt - sentAt);
    write.onAck();
  }
}
