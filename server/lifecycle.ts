// The running server's clock and its end: the tick that moves programmes on and lets sessions leave memory, and the
// graceful shutdown.
import type { createServer } from 'node:http';
import type { Cluster } from './cluster';
import type { PdfPrinter } from './export/pdf';
import type { startRetention } from './ops/retention';
import type { Readiness } from './ops/readiness';
import type { SessionHub } from './session/hub';
import type { FanOut } from './socket/phoneBatches';
import type { PresenceTracker } from './socket/presence';
import { type AppServer, isWatchedIn } from './socket/types';
import type { Store } from './store/types';
import { TICK_MS } from './tuning';

/** Every second: clocks that ran out move the programme on, sessions nobody watches and those over the budget leave memory. */
export function startTicker(hub: SessionHub, io: AppServer, now: () => number, memory: { idleMs: number; budgetBytes: number }): NodeJS.Timeout {
  const isWatched = isWatchedIn(io);
  const ticker = setInterval(() => {
    hub.tick(now());
    try {
      hub.evictIdle(memory.idleMs, isWatched, now());
      hub.evictOverBudget(memory.budgetBytes, isWatched, now());
    } catch (error) {
      console.error('evicting sessions failed', error); // they stay, and are tried again next second
    }
  }, TICK_MS);
  ticker.unref();
  return ticker;
}

export interface RunningParts {
  readiness: Readiness;
  ticker: NodeJS.Timeout;
  retention: ReturnType<typeof startRetention>;
  stopSockets: () => void;
  httpServer: ReturnType<typeof createServer>;
  hub: SessionHub;
  fanOut: FanOut;
  presence: PresenceTracker;
  printer: PdfPrinter;
  io: AppServer;
  store: Store;
  cluster: Cluster | undefined;
}

/**
 * Graceful: no new connections, every accepted write stored and acknowledged, then the sockets closed
 * (their transport, so phones reconnect by themselves to whichever server comes back), then the store.
 */
export async function shutDown(parts: RunningParts): Promise<void> {
  const { readiness, retention, httpServer, hub, io } = parts;
  readiness.drain();
  clearInterval(parts.ticker);
  retention.stop();
  await retention.swept;
  parts.stopSockets();
  httpServer.close();
  await hub.flushed();
  parts.fanOut.flushAll();
  parts.presence.close();
  await parts.printer.close();
  const closing = io.close();
  // Browsers keep HTTP connections alive; shutting down must not wait for them to be dropped.
  httpServer.closeAllConnections();
  await closing;
  await hub.flushed();
  await hub.storeListings();
  await parts.cluster?.close();
  await parts.store.close();
}
