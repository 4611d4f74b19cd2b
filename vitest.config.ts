import { defineConfig } from 'vitest/config';

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
    ],
  },
});
