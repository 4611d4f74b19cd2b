// Reactions on a worker's phones: each taps at the phone's own pace (one tap per `gapMs`, as the reaction bar sends
// a held finger) without waiting for the answers, the kinds in turn, and notes what the server sent it meanwhile.
import { sleep, type TapReply, wallNow, type WorkerRequest } from '../protocol';
import type { ReactionKind } from '../../shared/reaction/kinds';
import { OursPhone } from './oursPhone';
import type { Phone } from './phone';

export type TapRequest = Extract<WorkerRequest, { op: 'tap' }>;

/** An unanswered tap: the socket closed under it, or no answer within COMMAND_TIMEOUT_MS. */
const unanswered = (error: unknown) => (String(error).includes('disconnected') ? 'disconnected' : 'timeout');

async function tapping(phone: OursPhone, req: TapRequest, slot: number, reply: TapReply): Promise<void> {
  const answers: Promise<void>[] = [];
  const refused = (code: string) => void (reply.refused[code] = (reply.refused[code] ?? 0) + 1);
  const end = req.startAt + req.durationMs;
  // The phones of all workers start at moments spread over one gap, so the room's taps come evenly. As the reaction
  // bar, a phone late for its tap (a busy worker) sends it late and never two closer than one gap.
  for (let next = req.startAt + ((slot * 0.618034) % 1) * req.gapMs, k = 0; next < end; k++) {
    await sleep(next - wallNow());
    const sentAt = wallNow();
    if (sentAt >= end) break;
    next = sentAt + req.gapMs;
    reply.sent++;
    const kind = req.kinds[(slot + k) % req.kinds.length] as ReactionKind;
    const answer = phone.react(kind).then(
      (ack) => (ack.ok ? void (reply.acked++, reply.latenciesMs.push(wallNow() - sentAt)) : refused(ack.code ?? 'unknown')),
      (error: unknown) => refused(unanswered(error)),
    );
    answers.push(answer);
    if (req.waitForAnswer) await answer;
  }
  await Promise.all(answers);
}

export async function tapLoop(phones: Phone[], req: TapRequest): Promise<TapReply> {
  const reply: TapReply = { sent: 0, acked: 0, refused: {}, latenciesMs: [], messagesPerPhone: [], reactionEvents: 0 };
  const ours = phones.filter((p): p is OursPhone => p instanceof OursPhone);
  const before = ours.map((p) => ({ ...p.heard }));
  await Promise.all(ours.map((phone) => tapping(phone, req, phone.index * req.workers + req.worker, reply)));
  ours.forEach((phone, i) => {
    reply.messagesPerPhone.push(phone.heard.messages - before[i]!.messages);
    reply.reactionEvents += phone.heard.reactionEvents - before[i]!.reactionEvents;
  });
  return reply;
}
