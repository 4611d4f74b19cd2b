// Costly work taken in turns of the event loop, so other sockets' commands and I/O run in between. A join that
// needs a whole board serialised costs milliseconds (building, encoding and writing the answer); a few hundred at
// once (a join storm, or sockets joining on purpose) would otherwise stall every phone on the server for seconds.
import { fail } from '../../shared/errors';
import { TURN_BUDGET_MS, TURN_MAX_PIECES } from '../tuning';


interface Piece {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class Turns {
  private readonly waiting: Piece[] = [];
  private scheduled = false;

  constructor(private readonly maxWaiting: number) {}

  /** Runs `work` on a coming turn; refuses with rate_limited when too many are already waiting. */
  run<T>(work: () => T): Promise<T> {
    if (this.waiting.length >= this.maxWaiting) fail('rate_limited', 'The server is busy; try again in a moment');
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const startedAt = performance.now();
      for (let n = 0; n < TURN_MAX_PIECES && performance.now() - startedAt < TURN_BUDGET_MS; n++) {
        const piece = this.waiting.shift();
        if (!piece) break;
        try {
          piece.resolve(piece.work());
        } catch (error) {
          piece.reject(error);
        }
      }
      this.schedule();
    });
  }
}
