// A checkpoint is trusted only when it holds a state of this release's version: any other is ignored and the
// session rebuilt from its events.
import { describe, expect } from 'vitest';
import { STATE_VERSION } from '../../shared/stateVersion';
import { joinAsFacilitator } from '../helpers/server';
import { it } from '../kit/server';

describe('checkpoints across releases', () => {
  it.for([
    { written: STATE_VERSION + 1, trusted: false, by: 'a newer release' },
    { written: 0, trusted: false, by: 'a release before states carried a version' },
    { written: STATE_VERSION, trusted: true, by: 'this release' },
  ])('a checkpoint written by $by is trusted: $trusted', async ({ written, trusted }, { server, workshop, facilitator, startServer }) => {
    const state = facilitator.state!;
    // The same seq as the log's last event, holding a state the events never made.
    const forged = { ...state, title: 'Not what the events say' };
    await server.store.commit([{ sessionId: state.id, events: [], credentials: [], checkpoint: { sessionId: state.id, seq: state.seq, stateJson: JSON.stringify(forged), stateVersion: written } }]);
    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    const replayed = (await joinAsFacilitator(restarted, workshop)).state!;
    expect(replayed.title).toBe(trusted ? forged.title : state.title);
    expect(replayed.seq).toBe(state.seq);
  });
});
