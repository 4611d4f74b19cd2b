import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { projectState } from '../../shared/projection/state';
import { spawnServer, type ServerProcess } from '../kit/process';
import { type Created, Mirror, participantCredentials, type TestSocket } from '../helpers/server';

let running: ServerProcess | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets) s.disconnect();
  await running?.kill();
});

const connectTo = (url: string) => {
  const socket: TestSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  return socket;
};

describe('a server killed with SIGKILL', () => {
  it('loses nothing that was acknowledged: sessions, participants and their names', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ootb-restart-'));
    running = await spawnServer(dataDir);
    const res = await fetch(`${running.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const created = (await res.json()) as Created;
    const anna = participantCredentials('Anna');
    const phone = new Mirror(connectTo(running.url));
    expect((await phone.join({ role: 'participant', joinCode: created.joinCode, ...anna })).ok).toBe(true);
    const renamed = await phone.socket.emitWithAck('participant:rename', { name: 'Anna Ø' });
    expect(renamed.ok).toBe(true);
    const before = phone.state!;

    await running.kill();
    running = await spawnServer(dataDir);

    const facilitator = new Mirror(connectTo(running.url));
    const ack = await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(ack.ok).toBe(true);
    // The stored state, as Anna's phone may see it, is what her phone held before the kill.
    const { undo: _undo, ...phoneView } = before;
    expect(projectState(facilitator.state!, { role: 'participant', participantId: anna.participantId })).toEqual(phoneView);

    // The phone comes back with the seq it holds and is caught up, as the same participant.
    const back = new Mirror(connectTo(running.url));
    back.state = before;
    const again = await back.join({ role: 'participant', joinCode: created.joinCode, ...anna });
    expect(again.ok && again.data.sync).toEqual({ kind: 'events', events: [], to: before.seq });
    expect(Object.keys(back.state!.participants)).toEqual([anna.participantId]);
  });
});
