// What the hostile-input test sends: generated Socket.IO payloads that no schema accepts, raw engine frames no client
// would write, and broken HTTP requests, all drawn from a seeded random source so a failure can be replayed.
import { commands, type CommandName } from '../../shared/contract';
import { asReceived, deepJson, hostileValue, isValidFor, mutate, pick, POISON_KEYS, type Rng } from '../helpers/hostile';
import type { ValidPayloads } from '../helpers/payloads';
import { type Created, newId, type TestSocket } from '../helpers/server';

const UNKNOWN_EVENTS = ['board:explode', 'idea:add ', 'IDEA:ADD', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'x'.repeat(5000), '', '🎉'];
const deepPlaceholder = '{"a":'.repeat(10_000) + '{"_placeholder":true,"num":0}' + '}'.repeat(10_000);
/** Raw engine frames; ack id 900 is where an answer would come back. */
export const RAW_ODDITIES: (string | Buffer)[][] = [
  ['2900["disconnect",{}]'],
  ['2900["connect"]'],
  ['2900[42,{}]'],
  ['2900{"a":1}'],
  ['2900["idea:add",'],
  ['9'],
  ['2900[]'],
  [`51-900["idea:add",${deepPlaceholder}]`, Buffer.from([1, 2, 3])],
  ['51-900["idea:add",{"_placeholder":true,"num":7}]', Buffer.from([1])],
  ['5999999999-900["idea:add",{}]'],
];

type Loose = { emit: (...a: unknown[]) => void; timeout: (ms: number) => { emitWithAck: (...a: unknown[]) => Promise<unknown> } };
export const loose = (s: TestSocket) => s as unknown as Loose;

/** Sends a Socket.IO event whose JSON text we wrote, with an ack the client will route back to us. */
export function emitRaw(socket: TestSocket, event: string, json: string, timeoutMs = 5000): Promise<unknown> {
  const internals = socket as unknown as { ids: number; acks: Record<number, (answer: unknown) => void>; io: { engine: { write: (d: string) => void } } };
  const id = internals.ids++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), timeoutMs);
    internals.acks[id] = (answer) => {
      clearTimeout(timer);
      resolve(answer);
    };
    internals.io.engine.write(`2${id}[${JSON.stringify(event)},${json}]`);
  });
}

export type Sent = { event: string; mode: 'ack' | 'no-ack' | 'non-function-ack' | 'extra-arg' | 'no-payload'; payload: unknown; extra?: unknown };

export function generate(rng: Rng, created: Created, valid: ValidPayloads): Sent {
  const roll = rng();
  const event =
    roll < 0.08 ? pick(rng, UNKNOWN_EVENTS) : roll < 0.14 ? 'session:join' : roll < 0.16 ? 'clock:ping' : pick(rng, Object.keys(commands));
  const mode = pick(rng, ['ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'ack', 'no-ack', 'non-function-ack', 'extra-arg', 'no-payload'] as const);
  const base = event === 'session:join' ? { role: 'participant', joinCode: created.joinCode, participantId: newId(), secret: newId() + newId() } : Object.hasOwn(valid, event) ? valid[event as CommandName] : {};
  for (let attempt = 0; attempt < 50; attempt++) {
    const { payload } = mutate(rng, base);
    // A payload the schema would accept is not hostile; extra arguments and no payload are refused whatever it is.
    if (mode === 'extra-arg' || mode === 'no-payload' || !isValidFor(event, payload)) return { event, mode, payload, extra: hostileValue(rng) };
  }
  throw new Error(`no invalid payload found for ${event}`);
}

export async function send(socket: TestSocket, sent: Sent): Promise<unknown> {
  const s = loose(socket);
  switch (sent.mode) {
    case 'no-ack':
      return void s.emit(sent.event, sent.payload);
    case 'non-function-ack':
      return void s.emit(sent.event, sent.payload, 42);
    case 'extra-arg':
      return s.timeout(5000).emitWithAck(sent.event, sent.payload, sent.extra).catch(() => 'no answer');
    case 'no-payload':
      return s.timeout(5000).emitWithAck(sent.event).catch(() => 'no answer');
    default:
      return s.timeout(5000).emitWithAck(sent.event, sent.payload).catch(() => 'no answer');
  }
}

export function httpCase(rng: Rng, i: number, created: Created): [string, RequestInit] {
  const json = (body: string, headers: Record<string, string> = {}): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  switch (i % 8) {
    case 0: {
      // A valid creation body broken one way (one that might still create a session is drawn again).
      let body = asReceived(mutate(rng, { title: 'Workshop', date: '2020-01-01' }).payload);
      while (!surelyInvalidCreateBody(body)) body = asReceived(mutate(rng, { title: 'Workshop', date: '2020-01-01' }).payload);
      return ['/api/sessions', json(JSON.stringify(body))];
    }
    case 1:
      return ['/api/sessions', json(pick(rng, ['{', '{"title":', 'nul', '[1,', '\u0000', '{"a":1}}', "{'title':'x'}", deepJson(10_000, 'object'), deepJson(10_000, 'array')]))];
    case 2:
      return ['/api/sessions', json(JSON.stringify({ title: 'x'.repeat(70_000 + Math.floor(rng() * 100_000)) }))];
    case 3:
      return ['/api/sessions', json('{"title":"x"}', pick<Record<string, string>>(rng, [{ 'content-encoding': 'br-evil' }, { 'content-type': 'application/json; charset=klingon' }]))];
    case 4: {
      const id = pick(rng, [created.sessionId, newId(), 'x', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', '%00', 'a'.repeat(3000), '__proto__', 'constructor']);
      const auth = pick(rng, [undefined, '', 'Bearer', 'Bearer ', `Bearer ${newId()}`, `Basic ${created.facilitatorKey}`, `Bearer ${'k'.repeat(5000)}`, `Bearer ${created.facilitatorKey}x`]);
      return [`/api/sessions/${id}`, auth === undefined ? {} : { headers: { authorization: auth } }];
    }
    case 5: {
      const code = pick(rng, ['', 'OOOOOO', 'ABC', created.joinCode.toLowerCase() + 'x', '%E0%A4%A', '<script>', 'x'.repeat(2000), '__proto__']);
      return [`/api/join/${code}${rng() < 0.5 ? '/qr.svg' : ''}`, {}];
    }
    case 6:
      return [`/api/sessions/${created.sessionId}`, { method: pick(rng, ['DELETE', 'PUT', 'PATCH']), headers: { authorization: `Bearer ${created.facilitatorKey}` }, body: '{}' }];
    default: {
      const key = pick(rng, POISON_KEYS);
      return [`/api/${encodeURIComponent(key)}/${encodeURIComponent(String(hostileValue(rng)).slice(0, 200).replace(/[\ud800-\udfff]/g, '?'))}`, {}];
    }
  }
}

/** POST /api/sessions takes a strict object of optional strings: anything else is refused, whatever the strings say. */
function surelyInvalidCreateBody(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body !== undefined;
  return Object.entries(body).some(([key, value]) => !['title', 'template', 'date'].includes(key) || typeof value !== 'string');
}
