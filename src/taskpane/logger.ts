// The add-in's one logger. It is off by default, so a partner's console stays quiet, and the
// Support section of the pane turns it on when someone needs to see what happened. The level
// is kept in localStorage so it survives reopening the pane; some hosts block storage (private
// windows, locked-down webviews), which is why every storage access is guarded.
//
// Messages name steps, codes and counts, never account data: the report stays in the workbook.

export const LOG_LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where messages go; the browser console in the pane, a recorder in tests. */
export interface LogSink {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
  debug(...args: unknown[]): void;
}

export interface Logger {
  readonly level: LogLevel;
  /** False when the level could not be stored and lasts only until the pane closes. */
  readonly levelKept: boolean;
  setLevel(level: LogLevel): void;
  error(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
  debug(message: string, details?: unknown): void;
}

export interface LoggerOptions {
  /** Returns the storage to keep the level in; may throw, as `window.localStorage` can. */
  storage?: () => Storage | undefined;
  sink?: LogSink;
}

export const LOG_LEVEL_KEY = 'propensity-navigator.log-level';

const PREFIX = '[Propensity Navigator]';

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}

function readLevel(storage: LoggerOptions['storage']): LogLevel {
  try {
    const stored = storage?.()?.getItem(LOG_LEVEL_KEY);
    return isLogLevel(stored) ? stored : 'off';
  } catch {
    return 'off';
  }
}

function writeLevel(storage: LoggerOptions['storage'], level: LogLevel): boolean {
  try {
    const store = storage?.();
    if (store === undefined) return false;
    store.setItem(LOG_LEVEL_KEY, level);
    return true;
  } catch {
    return false;
  }
}

/** A logger whose level starts from storage (off when nothing valid is stored). */
export function createLogger(options: LoggerOptions = {}): Logger {
  const { storage, sink } = options;
  let level = readLevel(storage);
  let levelKept = true;

  const write = (at: Exclude<LogLevel, 'off'>, message: string, details: unknown): void => {
    if (sink === undefined || LOG_LEVELS.indexOf(at) > LOG_LEVELS.indexOf(level)) return;
    if (details === undefined) sink[at](PREFIX, message);
    else sink[at](PREFIX, message, details);
  };

  return {
    get level() {
      return level;
    },
    get levelKept() {
      return levelKept;
    },
    setLevel(next) {
      level = next;
      levelKept = writeLevel(storage, next);
    },
    error: (message, details) => write('error', message, details),
    warn: (message, details) => write('warn', message, details),
    info: (message, details) => write('info', message, details),
    debug: (message, details) => write('debug', message, details),
  };
}

/** The pane's logger: the browser console, its level kept in localStorage. */
export const logger: Logger = createLogger({
  storage: () => globalThis.localStorage,
  sink: globalThis.console,
});
