import { pino, type Logger } from 'pino';

/**
 * The process logger: JSON lines on stderr, so stdout stays clean for the CLI and the console adapter.
 * Secrets never reach it: adapters log error codes and ids, not tokens or payloads.
 */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: undefined, redact: ['token', '*.token', 'headers.authorization'] }, pino.destination(2));
}

export type { Logger };
