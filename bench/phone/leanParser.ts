// Simulated phones read live broadcasts without JSON.parse. Five hundred phones on a two-core machine
// otherwise spend most of a core parsing the same broadcast 500 times, and the load generator, not the
// server, sets the write throughput. A real phone parses one copy on its own CPU. Answers to commands
// and the join snapshot still go through the normal parser, so the join storm still pays for parsing.
import { Decoder, Encoder, PacketType } from 'socket.io-parser';

/** Live broadcasts whose payload reaches the handler as raw JSON text. */
const RAW_EVENTS = ['events', 'add'];

class LeanDecoder extends Decoder {
  override add(obj: unknown): void {
    if (typeof obj === 'string') {
      const raw = RAW_EVENTS.find((name) => obj.startsWith(`${PacketType.EVENT}["${name}",`));
      if (raw) {
        const text = obj.slice(raw.length + 5, -1);
        this.emitReserved('decoded', { type: PacketType.EVENT, nsp: '/', data: [raw, text] });
        return;
      }
    }
    super.add(obj);
  }
}

export const leanParser = { Encoder, Decoder: LeanDecoder };

// The server writes SequencedEvent keys in this order ({ seq, at, actor, event }) and an added idea's id first.
const EVENT = /\{"seq":(\d+),"at":\d+,"actor":"[^"]*","event":\{"type":"([^"]+)"(?:,"idea":\{"id":"([^"]+)")?/g;

type Scanned = { prev: number; events: { seq: number; ideaId: string | undefined }[] };
/** A broadcast reaches the phones of a worker one after another, so the last one scanned is usually the next. */
let last: { raw: string; scanned: Scanned } | undefined;

/** The batch's `prev`, and the sequence number and, for `idea:added`, the idea id of each event in a raw `events` payload. */
export function scanEvents(raw: string): Scanned {
  if (last?.raw === raw) return last.scanned;
  const events = [...raw.matchAll(EVENT)].map((m) => ({ seq: Number(m[1]), ideaId: m[2] === 'idea:added' ? m[3] : undefined }));
  const scanned = { prev: Number(/^\{"prev":(\d+)/.exec(raw)?.[1] ?? 0), events };
  last = { raw, scanned };
  return scanned;
}

/** The idea id of a raw relayed `add`. */
export function scanRelayedId(raw: string): string | undefined {
  return /"id":"([^"]+)"/.exec(raw)?.[1];
}
