import type { LogLevel, LoggerService } from '@nestjs/common';

export type LogSink = (line: string) => void;

const stdout: LogSink = (line) => process.stdout.write(`${line}\n`);

/** Redacts anything shaped like an API key, a bearer credential or an invitation link's token from free text. */
export function redact(text: string): string {
  return text
    .replace(/\bBearer\s+\S+/gi, 'Bearer [redacted]')
    .replace(/\bcl_[A-Za-z0-9_-]+/g, 'cl_[redacted]')
    .replace(/\/invitations?\/[^/?\s]+/g, (link) => `${link.slice(0, link.lastIndexOf('/'))}/[redacted]`);
}

/** Nest's LoggerService as one JSON object a line: `{time, level, context, msg, ...fields}`. */
export class JsonLogger implements LoggerService {
  private levels: Set<LogLevel>;

  constructor(
    levels: LogLevel[] = ['error', 'warn', 'log'],
    private readonly sink: LogSink = stdout,
  ) {
    this.levels = new Set(levels);
  }

  isEnabled(level: LogLevel): boolean {
    return this.levels.has(level);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.levels = new Set(levels);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** A structured entry (the request log): `fields` are written as they are, so pass nothing secret. */
  entry(level: LogLevel, msg: string, fields: Record<string, unknown>): void {
    if (!this.levels.has(level)) return;
    this.sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.levels.has(level)) return;
    // Nest passes the context last; an error's stack comes before it.
    const args = [...rest];
    const context = args.length > 0 && typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const stack = args.find((a): a is string => typeof a === 'string');
    const msg = message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      ...(context ? { context } : {}),
      msg: redact(msg ?? ''),
    };
    if (message instanceof Error && message.stack) line.stack = redact(message.stack);
    else if (stack) line.stack = redact(stack);
    this.sink(JSON.stringify(line));
  }
}
