// A screen that records everything it is sent, raw: for tests of what each screen may see on the wire.
import type { Ack } from '../../shared/errors';
import type { JoinResult } from '../../shared/session/join';
import { type Created, Mirror, newId, type TestServer } from './testServer';

/** Every join answer and every live message this screen received, as raw JSON. */
export class Recorder extends Mirror {
  readonly raw: string[] = [];
  constructor(socket: Mirror['socket']) {
    super(socket);
    socket.onAny((name: string, ...args: unknown[]) => this.raw.push(JSON.stringify([name, ...args])));
  }
  override async join(payload: Parameters<Mirror['join']>[0]): Promise<Ack<JoinResult>> {
    const ack = await super.join(payload);
    this.raw.push(JSON.stringify(ack));
    return ack;
  }
  text(): string {
    return this.raw.join('\n');
  }
}

export async function recorder(server: TestServer, payload: Parameters<Mirror['join']>[0]) {
  const screen = new Recorder(server.connect());
  const ack = await screen.join(payload);
  if (!ack.ok) throw new Error(ack.code);
  return screen;
}

export const projectorRecorder = (server: TestServer, created: Created) => recorder(server, { role: 'projector', joinCode: created.joinCode });
export const facilitatorRecorder = (server: TestServer, created: Created) =>
  recorder(server, { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });

export async function phoneRecorder(server: TestServer, created: Created, name: string) {
  const credentials = { participantId: newId(), secret: newId() + newId(), name };
  const phone = await recorder(server, { role: 'participant', joinCode: created.joinCode, ...credentials });
  return Object.assign(phone, { credentials, id: credentials.participantId });
}
