// Costly work taken in turns: one piece per turn of the event loop, so other sockets' commands and I/O run
// in between. A join that needs a whole board serialised costs milliseconds; a few hundred at once (a join
// storm, or sockets joining on purpose) would otherwise stall every phone on the server for seconds.
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
      this.schedule();
    });
    return work();
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    });
  }
}
