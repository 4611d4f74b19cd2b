// Structured logs: one JSON line per request and per command outcome, never a key, a secret or an idea's text.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Field names that must never reach a log line, whatever a future caller passes in (defence in depth). */
const REDACTED = ['key', 'secret', 'token', 'authorization', 'text', 'body', 'payload', '*.key', '*.secret', '*.token', '*.text'];

function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON lines on stdout at LOG_LEVEL (default info). In a terminal, and only if pino-pretty is installed
 * (a dev dependency, absent after `npm ci --omit=dev`), the lines are printed for people instead.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const options = { level: env.LOG_LEVEL || 'info', redact: { paths: REDACTED, censor: '[redacted]' } };
  if (!destination && process.stdout.isTTY && prettyAvailable()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } } });
  }
  return pino(options, destination ?? pino.destination({ fd: 1, sync: true }));
}

/** For tests and tools that build an app without wanting its logs. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
