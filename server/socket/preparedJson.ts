// JSON made once and spliced into every packet that carries it. One commit's events go out in several streams
// (facilitator, projector, phones, and each participant an event is about): Socket.IO's encoder would stringify
// the same events again for each of them, which made encoding half of the server's work under a burst of adds.
import { randomBytes } from 'node:crypto';
import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';

/** Raw JSON texts of the packet being encoded now, or null outside an encode. */
let slots: string[] | null = null;
/** Unguessable, so no string a client wrote can pass for a slot. */
const NONCE = randomBytes(12).toString('hex');
const TOKEN = new RegExp(`"\\\\u0000${NONCE}:(\\d+)"`, 'g');

/**
 * Gives `value` the JSON `json` (which must be what JSON.stringify(value) makes): the encoder below writes that
 * text where `value` stands instead of stringifying it again. Any other JSON.stringify sees `value` as it is.
 */
export function withJson<T extends object>(value: T, json: string): T {
  Object.defineProperty(value, 'toJSON', { enumerable: false, value: () => (slots ? token(json) : { ...value }) });
  return value;
}

function token(json: string): string {
  slots!.push(json);
  return `\u0000${NONCE}:${slots!.length - 1}`;
}

/** JSON of `value`, made once per object however many packets carry it. */
const made = new WeakMap<object, string>();
export function jsonOf(value: object): string {
  let json = made.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    made.set(value, json);
  }
  return json;
}

/**
 * Socket.IO's encoder with prepared JSON spliced in. It never looks for binary attachments: every shape on our
 * wire is JSON (shared/contract.ts), and that search walked every object of every packet. Other packets
 * (connect, disconnect) go to Socket.IO's own encoder.
 */
export class PreparedEncoder extends Encoder {
  override encode(packet: Packet): string[] {
    if (packet.type !== PacketType.EVENT && packet.type !== PacketType.ACK) return super.encode(packet) as string[];
    // The text Socket.IO's encodeAsString makes: type, namespace unless the main one, ack id, then the data.
    const head = `${packet.type}${packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : ''}${packet.id ?? ''}`;
    slots = [];
    try {
      const text = packet.data == null ? head : head + JSON.stringify(packet.data);
      const used = slots;
      return [used.length ? text.replace(TOKEN, (_, n: string) => used[Number(n)]!) : text];
    } finally {
      slots = null;
    }
  }
}

/** The parser to give the Socket.IO server: our encoder, Socket.IO's decoder. */
export const preparedParser = { Encoder: PreparedEncoder, Decoder };
