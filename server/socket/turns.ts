// Costly work taken in turns: one piece per turn of the event loop, and never more than half the loop's time,
// so other sockets' commands and I/O run in between. A join that needs a whole board serialised costs
// milliseconds (building, encoding and writing the answer); a few hundred at once (a join storm, or sockets
// joining on purpose) would otherwise stall every phone on the server for seconds.
import { fail } from '../../shared/errors';

export class Turns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly maxWaiting: number) {}

  /** Runs `work` on its own turn; refuses with rate_limited when too many are already waiting. */
  async run<T>(work: () => T): Promise<T> {
    if (this.waiting.length >= this.maxWaiting) fail('rate_limited', 'The server is busy; try again in a moment');
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.schedule(0);
    });
    return work();
  }

  private schedule(pauseMs: number): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    const next = () => {
      const startedAt = performance.now();
      this.waiting.shift()?.();
      // The turn's work runs in the microtasks after this callback; the check phase after the next poll shows what it
      // cost (answer encoded and written included). The next turn waits as long again: half the loop stays free.
      setImmediate(() => {
        this.scheduled = false;
        const spent = performance.now() - startedAt;
        this.schedule(spent > 2 ? spent : 0);
      });
    };
    if (pauseMs > 0) setTimeout(next, pauseMs);
    else setImmediate(next);
  }
}
