import { defineConfig } from 'vitest/config';

/** The server and reliability suites again on PostgreSQL: every test server on a fresh database of its own. */
const onPostgres = { env: { TEST_STORE: 'postgres' }, setupFiles: ['test/kit/postgresCleanup.ts'] };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globals: true,
          include: ['test/shared/**/*.test.ts', 'test/server/**/*.test.ts', 'test/store/**/*.test.ts', 'test/client/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Real Chromium against the built client; one file at a time on a 2-core machine.
        test: {
          name: 'e2e',
          globals: true,
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Operations: the production build as a process, nginx or HAProxy in front, several nodes, backup, SIGTERM,
        // logs. Serial: they spawn servers.
        test: {
          name: 'ops',
          globals: true,
          include: ['test/ops/**/*.test.ts', 'test/cluster/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'reliability',
          globals: true,
          include: ['test/reliability/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          ...onPostgres,
          name: 'server-pg',
          globals: true,
          include: ['test/server/**/*.test.ts'],
          exclude: [
            // They read or write the SQLite file itself: its rows, its bytes on disk after an erasure, its backup copy,
            // a SQLite disk-full error. The store contract suite (test/store) covers the same promises on PostgreSQL.
            'test/server/admin.test.ts',
            'test/server/guardedStore.test.ts',
            'test/server/operations.test.ts',
            'test/server/privacy.test.ts',
          ],
          // A database made per test server, and spawned servers that connect to it, take longer than a file.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          ...onPostgres,
          name: 'reliability-pg',
          globals: true,
          include: ['test/reliability/**/*.test.ts'],
          exclude: [
            // A read-only SQLite file, SQLite rows hashed straight from the file, reads counted on a wrapped SQLite store.
            'test/reliability/storageFailures.test.ts',
            'test/reliability/hostile.test.ts',
            'test/reliability/restartCost.test.ts',
            // A timed p99 bound that sits near its limit on this machine: run once, on SQLite, not twice.
            'test/reliability/unreadJoins.test.ts',
          ],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
