// A checkpoint is trusted only when it holds a state of this release's version: any other is ignored and the
// session rebuilt from its events. On both engines.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';
import { STATE_VERSION } from '../../shared/stateVersion';
import { freshDatabase } from '../kit/postgres';
import { joinAsFacilitator, startServer } from '../kit/testServer';
import { freshDataDir } from '../kit/process';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Opens the same database again each time it is called, as a restarted server does. */
const engines: Record<string, () => Promise<() => Promise<Store>>> = {
  SQLite: async () => {
    const dir = freshDataDir();
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    return async () => openSqliteStore(path.join(dir, 'outofthebox.sqlite'));
  },
  PostgreSQL: async () => {
    const db = await freshDatabase();
    cleanups.push(() => db.drop());
    return () => openPostgresStore(db.url, { poolSize: 2 });
  },
};

const cases = [
  { written: STATE_VERSION + 1, trusted: false, by: 'a newer release' },
  { written: 0, trusted: false, by: 'a release before states carried a version' },
  { written: STATE_VERSION, trusted: true, by: 'this release' },
];

describe.each(Object.keys(engines))('checkpoints across releases on %s', (engine) => {
  it.each(cases)('a checkpoint written by $by is trusted: $trusted', async ({ written, trusted }) => {
    const open = await engines[engine]!();
    const server = await startServer({ store: await open() });
    const workshop = await server.createSession();
    const state = (await joinAsFacilitator(server, workshop)).state!;
    // The same seq as the log's last event, holding a state the events never made.
    const forged = { ...state, title: 'Not what the events say' };
    const checkpoint = { sessionId: state.id, seq: state.seq, stateJson: JSON.stringify(forged), stateVersion: written };
    await server.store.commit([{ sessionId: state.id, events: [], credentials: [], checkpoint }]);
    await server.close();
    const restarted = await startServer({ store: await open(), dataDir: server.dataDir });
    cleanups.push(() => restarted.close());
    const replayed = (await joinAsFacilitator(restarted, workshop)).state!;
    expect(replayed.title).toBe(trusted ? forged.title : state.title);
    expect(replayed.seq).toBe(state.seq);
  });
});
