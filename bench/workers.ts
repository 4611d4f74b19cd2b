// The phone workers as seen from run.ts: child processes that answer requests over IPC.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { Envelope, WorkerReply, WorkerRequest } from './protocol';

type Waiter = { resolve: (body: WorkerReply) => void; reject: (error: Error) => void };

export class WorkerPool {
  private seq = 0;
  private readonly waiters = new Map<number, Waiter>();
  private readonly children: ChildProcess[];

  constructor(count: number) {
    this.children = Array.from({ length: count }, () => {
      // `advanced` serialisation keeps NaN and Infinity, which JSON would turn into null.
      const child = fork(path.resolve('bench/phones.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
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

  close(): void {
    for (const child of this.children) if (child.exitCode === null) child.kill('SIGKILL');
  }
}
