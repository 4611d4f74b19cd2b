// The phone workers as seen from run.ts: child processes that answer requests over IPC.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { Envelope, WorkerReply, WorkerRequest } from './protocol';

type Waiter = { resolve: (body: WorkerReply) => void; reject: (error: Error) => void };

export class WorkerPool {
  private seq = 0;
  private readonly waiters = new Map<number, Waiter>();
  private readonly children: ChildProcess[];

  /** `nodeArgs` may ask for a --cpu-prof of each worker, written when the pool closes. */
  constructor(count: number, nodeArgs: string[] = []) {
    this.children = Array.from({ length: count }, () => {
      // `advanced` serialisation keeps NaN and Infinity, which JSON would turn into null.
      const execArgv = [...nodeArgs, '--import', 'tsx'];
      const child = fork(path.resolve('bench/phones.ts'), [], { execArgv, serialization: 'advanced' });
      child.on('message', (message: Envelope<WorkerReply>) => {
        const waiter = this.waiters.get(message.seq);
        this.waiters.delete(message.seq);
        if (message.error) waiter?.reject(new Error(`phone worker: ${message.error}`));
        else waiter?.resolve(message.body);
      });
      child.on('exit', (code, signal) => {
        if (code !== 0 && signal !== 'SIGKILL') for (const w of this.waiters.values()) w.reject(new Error(`phone worker exited: ${code ?? signal}`));
      });
      return child;
    });
  }

  get pids(): number[] {
    return this.children.map((c) => c.pid!);
  }

  get size(): number {
    return this.children.length;
  }

  request<T extends WorkerReply>(worker: number, body: WorkerRequest): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.waiters.set(seq, { resolve: (reply) => resolve(reply as T), reject });
      this.children[worker]!.send({ seq, body } satisfies Envelope<WorkerRequest>);
    });
  }

  /** The same request (or one made per worker) to every worker, answered together. */
  all<T extends WorkerReply>(body: WorkerRequest | ((worker: number) => WorkerRequest)): Promise<T[]> {
    return Promise.all(this.children.map((_, w) => this.request<T>(w, typeof body === 'function' ? body(w) : body)));
  }

  /** Workers leave by themselves when the channel closes (writing any profile); the kill is for the stuck. */
  async close(): Promise<void> {
    const alive = this.children.filter((c) => c.exitCode === null && c.signalCode === null);
    const exited = alive.map((c) => new Promise((resolve) => c.once('exit', resolve)));
    for (const child of alive) child.disconnect();
    await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 5000))]);
    this.kill();
  }

  /** Synchronous, for process exit handlers. */
  kill(): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
