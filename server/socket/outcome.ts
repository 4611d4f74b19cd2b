// Every socket command's outcome becomes one log line and a few metrics; nothing from its payload is kept.
import type { Logger } from '../ops/log';
import type { Metrics } from '../ops/metrics';
import type { Outcome } from './acked';
import type { AppSocket } from './types';

export interface Telemetry {
  log: Logger;
  metrics: Metrics;
}

/** `command` must come from the contract (or be 'unknown'), never from the client, so metric labels stay bounded. */
export async function reported(telemetry: Telemetry, socket: AppSocket, command: string, run: () => Promise<Outcome>): Promise<void> {
  const started = performance.now();
  const outcome = await run();
  const seconds = (performance.now() - started) / 1000;
  const { log, metrics } = telemetry;
  metrics.commands.inc({ command, result: outcome.code });
  metrics.ackSeconds.observe({ command }, seconds);
  if (outcome.code === 'rate_limited') metrics.rateLimited.inc({ where: 'socket' });
  const line = {
    sessionId: socket.data.sessionId,
    role: socket.data.actor?.role,
    command,
    result: outcome.code,
    ms: Math.round(seconds * 10_000) / 10,
  };
  if (outcome.unexpected) log.error({ ...line, err: outcome.unexpected }, 'command failed');
  // A flooding client would choose how much we log: refusals it can repeat at will (over the rate limit, events
  // that are no command, which are not rate-limited) are counted in the metrics and logged at debug only.
  // Reaction taps come thousands a second in a large room: counted in the metrics, one log line each only at debug.
  else if (outcome.code === 'rate_limited' || command === 'unknown' || command === 'reaction:send') log.debug(line, 'command');
  else log.info(line, 'command');
}
