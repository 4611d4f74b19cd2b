// A screen that may not send a command learns only `forbidden`, whatever it sends as the payload: the role is
// checked before the payload is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maySend } from '../../shared/commandRoles';
import { commands, type CommandName } from '../../shared/contract';
import type { Ack } from '../../shared/errors';
import { participantCommands } from '../kit/payloads';
import { type Created, joinAsParticipant, Mirror, startServer, type TestServer, type TestSocket } from '../kit/testServer';

const names = Object.keys(commands) as CommandName[];
const facilitatorCommands = names.filter((name) => !(participantCommands as readonly string[]).includes(name));

/** Payloads no command accepts, or that name fields of no command. */
const malformed: [string, unknown][] = [
  ['no payload', undefined],
  ['a string', 'x'],
  ['an array', [1, 2]],
  ['unknown fields', { junk: true, __proto__: { isAdmin: true } }],
];

describe('who may send each command', () => {
  it('lets a participant send exactly the participant commands', () => {
    const participant = { role: 'participant', participantId: 'p-00000001' } as const;
    expect(names.filter((name) => maySend[name](participant)).sort()).toEqual([...participantCommands].sort());
  });

  it('lets the facilitator send every facilitator command, and the projector none', () => {
    expect(facilitatorCommands.filter((name) => !maySend[name]({ role: 'facilitator' }))).toEqual([]);
    expect(names.filter((name) => maySend[name]({ role: 'projector' }))).toEqual([]);
  });
});

let server: TestServer;
let created: Created;
beforeAll(async () => {
  server = await startServer();
  created = await server.createSession();
});
afterAll(async () => {
  await server.close();
});

function send(socket: TestSocket, name: CommandName, payload: unknown): Promise<Ack<unknown>> {
  const emit = (socket as unknown as { emitWithAck: (e: string, ...args: unknown[]) => Promise<Ack<unknown>> }).emitWithAck.bind(socket);
  return payload === undefined ? emit(name) : emit(name, payload);
}

async function projector(): Promise<Mirror> {
  const mirror = new Mirror(server.connect());
  expect((await mirror.join({ role: 'projector', joinCode: created.joinCode })).ok).toBe(true);
  return mirror;
}

/** Every answer a screen gets to the command with each malformed payload; a fresh screen per command keeps within its budget. */
async function answers(socket: TestSocket, name: CommandName): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [what, payload] of malformed) {
    const ack = await send(socket, name, payload);
    out[what] = ack.ok ? 'ok' : ack.code;
  }
  socket.disconnect();
  return out;
}

const allForbidden = Object.fromEntries(malformed.map(([what]) => [what, 'forbidden']));

describe('a malformed payload from a screen that may not send the command', () => {
  it.each(facilitatorCommands)('%s from a participant is forbidden', async (name) => {
    const phone = await joinAsParticipant(server, created, 'Anna');
    expect(await answers(phone.socket, name)).toEqual(allForbidden);
  });

  it.each(names)('%s from the projector is forbidden', async (name) => {
    expect(await answers((await projector()).socket, name)).toEqual(allForbidden);
  });
});
