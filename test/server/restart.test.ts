import { describe, expect } from 'vitest';
import { it } from '../kit/spawned';
import { projectState } from '../../shared/projection/state';
import { Mirror, participantCredentials } from '../kit/mirror';

describe('a server killed with SIGKILL', () => {
  it('loses nothing that was acknowledged: sessions, participants and their names', async ({ spawned }) => {
    const created = spawned.workshop;
    const connect = () => spawned.connect({ reconnection: false });
    const anna = participantCredentials('Anna');
    const phone = new Mirror(connect());
    expect((await phone.join({ role: 'participant', joinCode: created.joinCode, ...anna })).ok).toBe(true);
    const renamed = await phone.socket.emitWithAck('participant:rename', { name: 'Anna Ø' });
    expect(renamed.ok).toBe(true);
    const before = phone.state!;

    await spawned.restart();

    const facilitator = new Mirror(connect());
    const ack = await facilitator.join({ role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey });
    expect(ack.ok).toBe(true);
    // The stored state, as Anna's phone may see it, is what her phone held before the kill.
    const { undo: _undo, ...phoneView } = before;
    expect(projectState(facilitator.state!, { role: 'participant', participantId: anna.participantId })).toEqual(phoneView);

    // The phone comes back with the seq it holds and is caught up, as the same participant.
    const back = new Mirror(connect());
    back.state = before;
    const again = await back.join({ role: 'participant', joinCode: created.joinCode, ...anna });
    expect(again.ok && again.data.sync).toEqual({ kind: 'events', events: [], to: before.seq });
    expect(Object.keys(back.state!.participants)).toEqual([anna.participantId]);
  });
});
