// Seeded generators of hostile payloads: a failure prints its seed, and the same seed makes the same payloads.
import { commands, type CommandName } from '../../shared/contract';
import { joinSchema } from '../../shared/session/join';

export type Rng = () => number;

/** mulberry32: small, fast and good enough to pick test cases. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Nesting built in a loop, not by recursion, as JSON text: socket.io-client's own encoder overflows its stack on it. */
export function deepJson(levels: number, kind: 'object' | 'array'): string {
  return kind === 'object' ? '{"a":'.repeat(levels) + '1' + '}'.repeat(levels) : '['.repeat(levels) + ']'.repeat(levels);
}

function deepValue(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

export const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];

/** An object with `key` as an own, enumerable property, even when the key is `__proto__`. */
export function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

export function hostileValue(rng: Rng): unknown {
  const n = Math.floor(rng() * 30);
  switch (n) {
    case 0: return NaN;
    case 1: return Infinity;
    case 2: return -0;
    case 3: return 2 ** 53 + 1;
    case 4: return 1e308;
    case 5: return -1.5;
    case 6: return null;
    case 7: return undefined;
    case 8: return true;
    case 9: return '';
    case 10: return '\u0000\ud800\uffff';
    case 11: return '<script>alert(1)</script>';
    case 12: return "'; DROP TABLE events; --";
    case 13: return 'x'.repeat(500 + Math.floor(rng() * 20_000));
    case 14: return [];
    case 15: return Array.from({ length: 1000 }, (_, i) => i);
    case 16: return {};
    case 17: return JSON.parse('{"__proto__":{"polluted":"yes"}}');
    case 18: return { constructor: { prototype: { polluted: 'yes' } } };
    case 19: return Buffer.alloc(0);
    case 20: return Buffer.from(Array.from({ length: 1 + Math.floor(rng() * 2000) }, () => Math.floor(rng() * 256)));
    case 21: return deepValue(50 + Math.floor(rng() * 950));
    case 22: return { _placeholder: true, num: 0 };
    case 23: return [null, NaN, undefined];
    case 24: return '12:00';
    case 25: return 'A'.repeat(8);
    case 26: return 42;
    case 27: return 'ÆØÅ 🎉 \u202e';
    case 28: return { length: 1e9 };
    default: return 'Bearer x';
  }
}

function objectNodes(value: unknown, into: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)) {
    into.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) objectNodes(child, into);
  }
  return into;
}

export type Mutation = 'replace' | 'poison' | 'wrong-type' | 'oversize';

/** A valid payload broken one way: the whole payload replaced, a poison key added, a field's type or size wrong. */
export function mutate(rng: Rng, valid: unknown): { payload: unknown; mutation: Mutation } {
  const mutation = pick(rng, ['replace', 'poison', 'poison', 'wrong-type', 'wrong-type', 'wrong-type', 'oversize'] as const);
  if (mutation === 'replace') return { payload: hostileValue(rng), mutation };
  const payload = structuredClone(valid);
  const nodes = objectNodes(payload);
  const node = pick(rng, nodes);
  const keys = Object.keys(node);
  if (mutation === 'poison' || keys.length === 0) {
    withOwn(node, pick(rng, [...POISON_KEYS, `k${Math.floor(rng() * 1e6)}`]), hostileValue(rng));
    return { payload, mutation: 'poison' };
  }
  const key = pick(rng, keys);
  node[key] = mutation === 'oversize' ? 'y'.repeat(41 + Math.floor(rng() * 30_000)) : hostileValue(rng);
  return { payload, mutation };
}

export function containsBuffer(value: unknown, depth = 0): boolean {
  if (Buffer.isBuffer(value)) return true;
  if (!value || typeof value !== 'object' || depth > 2000) return false;
  return Object.values(value).some((v) => containsBuffer(v, depth + 1));
}

/**
 * What the server's validator sees after Socket.IO's encoding: JSON (NaN becomes null, undefined falls
 * away), except that Buffers arrive as Buffers and, in a packet with binary, a `__proto__` key is lost.
 */
export function asReceived(payload: unknown): unknown {
  if (!containsBuffer(payload)) return JSON.parse(JSON.stringify(payload) ?? 'null');
  const buffers: Buffer[] = [];
  const strip = (x: unknown): unknown => {
    if (Buffer.isBuffer(x)) return { _placeholder: true, num: buffers.push(x) - 1 };
    if (Array.isArray(x)) return x.map(strip);
    if (!x || typeof x !== 'object') return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = strip(v);
    return out;
  };
  const text = JSON.stringify(strip(payload)) ?? 'null';
  return JSON.parse(text, (_k, v) => (v && v._placeholder === true && typeof v.num === 'number' ? buffers[v.num] : v));
}

/** Whether the server would accept this payload for this event's schema (the generator throws such ones away). */
export function isValidFor(event: string, payload: unknown): boolean {
  const schema = event === 'session:join' ? joinSchema : Object.hasOwn(commands, event) ? commands[event as CommandName].schema : null;
  return schema ? schema.safeParse(asReceived(payload)).success : false;
}

/** Role names a phone may try as its id; the server refuses each with `reserved_id`. */
export const ROLE_IDS = ['facilitator', 'projector', 'organiser', 'Facilitator', 'PROJECTOR'];

/**
 * Ids a phone may choose to look like something else the server stores: up to `count` of the keys, texts and
 * numbers of `stored` (a session's state and log) that the id schema accepts, drawn by `rng`, and every
 * prototype key it accepts (`__proto__`, `constructor`, …). `owned` (other participants' ids) are left out.
 */
export function chosenParticipantIds(rng: Rng, stored: unknown, owned: ReadonlySet<string>, count: number): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') found.add(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        found.add(key);
        walk(inner);
      }
    }
  };
  walk(stored);
  const fits = (id: string) => /^[A-Za-z0-9_-]{8,64}$/.test(id) && !owned.has(id) && !ROLE_IDS.some((role) => role.toLowerCase() === id.toLowerCase());
  const drawn = [...found].filter(fits).sort();
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
  }
  return [...new Set([...POISON_KEYS.filter(fits), ...drawn.slice(0, count)])];
}
