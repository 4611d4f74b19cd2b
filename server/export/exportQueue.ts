// Exports of one session run one at a time, with a short line behind: twenty PDFs asked for at once by one console
// must not make every other organiser's download wait behind them.
import { fail } from '../../shared/errors';
import { EXPORTS_WAITING_PER_SESSION } from '../tuning';


export class ExportQueue {
  private readonly lines = new Map<string, { tail: Promise<unknown>; size: number }>();

  constructor(private readonly maxWaiting = EXPORTS_WAITING_PER_SESSION) {}

  run<T>(sessionId: string, job: () => Promise<T>): Promise<T> {
    const line = this.lines.get(sessionId) ?? { tail: Promise.resolve(), size: 0 };
    if (line.size > this.maxWaiting) fail('rate_limited', 'Exports of this workshop are already being made; try again when they are done');
    line.size += 1;
    this.lines.set(sessionId, line);
    const result = line.tail.then(job);
    line.tail = result
      .catch(() => undefined)
      .then(() => {
        line.size -= 1;
        if (line.size === 0 && this.lines.get(sessionId) === line) this.lines.delete(sessionId);
      });
    return result;
  }
}
