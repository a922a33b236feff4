import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error';

function toBoltLevel(level: string): LogLevel {
  if (level === 'error' || level === 'fatal') return LogLevel.ERROR;
  if (level === 'warn') return LogLevel.WARN;
  if (level === 'info') return LogLevel.INFO;
  return level === 'silent' ? LogLevel.ERROR : LogLevel.DEBUG;
}

/**
 * Bolt and the Socket Mode client log through this, so their lines land in our pino stream with
 * `component: 'slack'`. Errors passed as arguments become pino's `err` field.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: 'slack' });
  const write = (level: Level) => (...msg: unknown[]) => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg.filter((m) => m !== err).map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    if (err === undefined) log[level](text);
    else log[level]({ err }, text || err.message);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // LOG_LEVEL (src/config.ts) decides; Bolt asking for another level is ignored.
    setLevel: () => {},
    getLevel: () => toBoltLevel(log.level),
    setName: (name) => {
      log = logger.child({ component: 'slack', name });
    },
  };
}
