/** One JSON object per line on stderr, so logs can be shipped and queried as-is. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialize(arg: unknown): unknown {
  if (arg instanceof Error) {
    return { name: arg.name, message: arg.message, stack: arg.stack, cause: serialize(arg.cause) };
  }
  return arg;
}

/** A structured logger; the first string argument is the message, objects are merged in. */
export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const log =
    (at: LogLevel) =>
    (...args: unknown[]): void => {
      if (ORDER[at] < ORDER[level]) return;
      const entry: Record<string, unknown> = { time: new Date().toISOString(), level: at };
      const rest: unknown[] = [];
      for (const arg of args) {
        if (typeof arg === 'string' && entry.msg === undefined) entry.msg = arg;
        else if (arg && typeof arg === 'object' && !(arg instanceof Error) && !Array.isArray(arg)) {
          Object.assign(entry, arg);
        } else rest.push(serialize(arg));
      }
      if (rest.length) entry.details = rest.length === 1 ? rest[0] : rest;
      write(JSON.stringify(entry));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
