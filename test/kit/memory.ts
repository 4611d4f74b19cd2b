// A spawned server's memory without the garbage: on SIGUSR2 the server (through a preload, its own code is
// unchanged) runs a full collection and writes process.memoryUsage() to MEMORY_FILE.
import fs from 'node:fs';

/** Node flags for spawnServer(..., { nodeArgs }) together with `MEMORY_FILE` in its environment. */
export const GC_ON_SIGNAL = [
  '--expose-gc',
  '--import',
  "data:text/javascript,import fs from 'node:fs';process.on('SIGUSR2',()=>{globalThis.gc();fs.writeFileSync(process.env.MEMORY_FILE,JSON.stringify(process.memoryUsage()))})",
];

/** Asks the server for a collection and its memory usage afterwards. */
export async function memoryAfterGc(pid: number, memoryFile: string, timeoutMs = 10_000): Promise<NodeJS.MemoryUsage> {
  fs.rmSync(memoryFile, { force: true });
  process.kill(pid, 'SIGUSR2');
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      return JSON.parse(fs.readFileSync(memoryFile, 'utf8')) as NodeJS.MemoryUsage;
    } catch {
      // not written (or not completely) yet
    }
  }
  throw new Error('the server did not report its memory');
}

/** Live memory in MB: the V8 heap in use plus buffers outside it. */
export const liveMb = (usage: NodeJS.MemoryUsage) => (usage.heapUsed + usage.external) / 1024 / 1024;
