// Reactions on a worker's phones: each taps at the phone's own pace (one tap per `gapMs`, as the reaction bar sends
// a held finger) without waiting for the answers, the kinds in turn, and notes what the server sent it meanwhile.
import { sleep, type TapReply, wallNow, type WorkerRequest } from '../protocol';
import type { ReactionKind } from '../../shared/reaction/kinds';
import { OursPhone } from './oursPhone';
import type { Phone } from './phone';

export type TapRequest = Extract<WorkerRequest, { op: 'tap' }>;

async function tapping(phone: OursPhone, req: TapRequest, slot: number, reply: TapReply): Promise<void> {
  const answers: Promise<void>[] = [];
  // The phones of all workers start at moments spread over one gap, so the room's taps come evenly.
  const first = req.startAt + ((slot * 0.618034) % 1) * req.gapMs;
  for (let k = 0; first + k * req.gapMs < req.startAt + req.durationMs; k++) {
    await sleep(first + k * req.gapMs - wallNow());
    const kind = req.kinds[(slot + k) % req.kinds.length] as ReactionKind;
    const sentAt = wallNow();
    reply.sent++;
    answers.push(
      phone.react(kind).then(
        (ack) => {
          if (ack.ok) {
            reply.acked++;
            reply.latenciesMs.push(wallNow() - sentAt);
          } else reply.refused[ack.code ?? 'unknown'] = (reply.refused[ack.code ?? 'unknown'] ?? 0) + 1;
        },
        () => void (reply.refused.timeout = (reply.refused.timeout ?? 0) + 1),
      ),
    );
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
