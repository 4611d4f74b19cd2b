// However the server ends (a crash, a signal, memory running out), the log has a fatal line saying so, even at
// LOG_LEVEL=warn, where nothing else about stopping is printed.
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { it } from '../kit/spawned';

const faults = path.resolve('test/kit/plantedFaults.mjs');

/** The fatal lines the server printed (pino's level 60). */
const fatalLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string; signal?: string; err?: { message: string } })
    .filter((line) => line.level === 60);

async function endedWith(child: import('node:child_process').ChildProcess, output: () => string, send: NodeJS.Signals) {
  const exited = once(child, 'exit');
  child.kill(send);
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  return { code, signal, fatal: fatalLines(output()) };
}

describe('every exit leaves a fatal log line', () => {
  describe.for(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('on %s', (signal) => {
    it.override('spawnOptions', { env: { LOG_LEVEL: 'warn' }, workshop: {} });
    it('says it stops, then stops cleanly', async ({ spawned }) => {
      const { code, fatal } = await endedWith(spawned.process.child, spawned.process.output, signal);
      expect(code).toBe(0);
      expect(fatal).toEqual([expect.objectContaining({ msg: `stopping on ${signal}`, signal })]);
    });
  });

  describe.for([
    ['rejection', 'unhandled promise rejection: the server stops', 'planted rejection'],
    ['exception', 'uncaught exception: the server stops', 'planted exception'],
  ] as const)('on an unhandled %s', ([fault, msg, message]) => {
    it.override('spawnOptions', { env: { LOG_LEVEL: 'warn', PLANTED_FAULT: fault, NODE_OPTIONS: `--import ${faults}` }, workshop: {} });
    it('logs it with its error, then exits 1', async ({ spawned }) => {
      const { code, fatal } = await endedWith(spawned.process.child, spawned.process.output, 'SIGUSR2');
      expect(code).toBe(1);
      expect(fatal).toEqual([expect.objectContaining({ msg, err: expect.objectContaining({ message }) })]);
    });
  });

  describe('when memory runs out', () => {
    it.override('spawnOptions', {
      env: { LOG_LEVEL: 'warn', PLANTED_FAULT: 'memory', NODE_OPTIONS: `--import ${faults} --max-old-space-size=128` },
      workshop: {},
    });
    it('says the heap is near its limit before the process is killed', async ({ spawned }) => {
      const { code, signal, fatal } = await endedWith(spawned.process.child, spawned.process.output, 'SIGUSR2');
      expect(code === 0 && signal === null).toBe(false);
      expect(fatal.map((line) => line.msg)).toContain('the heap is near its limit: the server may be stopped for lack of memory');
    });
  });
});
