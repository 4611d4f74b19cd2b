// Fixtures for tests against the real server: a server on a temporary database, a workshop, its facilitator
// and phones (real socket.io-client participants). A file or describe changes how the server starts with
// `test.override('serverOptions', { ... })`; everything a test starts is closed after it.
import { test as base } from 'vitest';
import { joinAsFacilitator, joinAsParticipant, startServer, type TestServer } from './testServer';

export type ServerOptions = NonNullable<Parameters<typeof startServer>[0]>;
export type Phone = Awaited<ReturnType<typeof joinAsParticipant>>;

/** Closing twice (by the test, then by the fixture) closes once. */
function closingOnce(server: TestServer): TestServer {
  let closing: Promise<void> | undefined;
  const close = server.close.bind(server);
  server.close = () => (closing ??= close());
  return server;
}

export const test = base
  .extend('serverOptions', {} as ServerOptions)
  /** Starts another server (a restart on the same dataDir, a second instance); each is closed after the test. */
  .extend('startServer', async ({}, { onCleanup }) => {
    const started: TestServer[] = [];
    onCleanup(async () => {
      await Promise.all(started.map((server) => server.close()));
    });
    return async (options: ServerOptions = {}) => {
      const server = closingOnce(await startServer(options));
      started.push(server);
      return server;
    };
  })
  .extend('server', async ({ startServer: start, serverOptions }) => start(serverOptions))
  .extend('workshop', async ({ server }) => server.createSession())
  .extend('facilitator', async ({ server, workshop }) => joinAsFacilitator(server, workshop))
  /** Joins one more phone to the workshop under a display name. */
  .extend('joinPhone', async ({ server, workshop }) => (name = 'Deltager') => joinAsParticipant(server, workshop, name))
  /** The workshop with its facilitator and two phones, Anna and Bo: the usual room of a server test. */
  .extend('room', async ({ workshop, facilitator, joinPhone }) => ({ created: workshop, facilitator, anna: await joinPhone('Anna'), bo: await joinPhone('Bo') }))
  /** The same room with the board open for ideas. */
  .extend('collectingRoom', async ({ room }) => {
    const opened = await room.facilitator.socket.emitWithAck('board:phase', { phase: 'collecting' });
    if (!opened.ok) throw new Error(`board:phase failed: ${opened.code}`);
    return room;
  });

export const it = test;
