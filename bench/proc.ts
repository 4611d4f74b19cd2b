// What a process costs, read from /proc (Linux): resident memory and CPU time.
import fs from 'node:fs';
import { wallNow } from './protocol';

/** Resident memory of a process in KB. */
export function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
}

/** CPU seconds (user + system) a process has used so far (100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts counting; the returned function gives each process's cores busy since (1 = one core all the time). */
export function cpuMeter(pids: number[]): () => number[] {
  const start = wallNow();
  const before = pids.map(cpuSeconds);
  return () => {
    const seconds = (wallNow() - start) / 1000;
    return pids.map((pid, i) => Math.round(((cpuSeconds(pid) - before[i]!) / seconds) * 100) / 100);
  };
}
