// Every way the process ends leaves a fatal log line, whatever LOG_LEVEL hides: an operator who finds the server
// gone finds why in the log (a crash, a signal, memory), not only in a terminal that has since closed.
import v8 from 'node:v8';
import type { Logger } from './log';
import { HEAP_CHECK_MS, HEAP_WARNING } from '../tuning';


/**
 * Logs a fatal line for an uncaught exception or unhandled rejection (then exits 1, as Node would), for the stop
 * signals (then runs `stop`), for any other exit that did not say why, and once when the heap nears its limit: an
 * out-of-memory abort itself runs no JavaScript, so the line before it is the one we can leave.
 */
export function logEveryExit(log: Logger, stop: (signal: NodeJS.Signals) => void): void {
  let said = false;
  const fatal = (fields: Record<string, unknown>, message: string) => {
    said = true;
    log.fatal(fields, message);
  };
  process.on('uncaughtException', (err, origin) => {
    fatal({ err, origin }, 'uncaught exception: the server stops');
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    fatal({ err: reason }, 'unhandled promise rejection: the server stops');
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      fatal({ signal }, `stopping on ${signal}`);
      stop(signal);
    });
  }
  process.once('exit', (code) => {
    if (!said) log.fatal({ code }, 'the server exits');
  });
  watchHeap(log);
}

function watchHeap(log: Logger): void {
  let warned = false;
  const timer = setInterval(() => {
    const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
    const isNear = used >= HEAP_WARNING * limit;
    if (isNear && !warned) log.fatal({ usedMb: Math.round(used / 2 ** 20), limitMb: Math.round(limit / 2 ** 20) }, 'the heap is near its limit: the server may be stopped for lack of memory');
    warned = isNear;
  }, HEAP_CHECK_MS);
  timer.unref();
}
