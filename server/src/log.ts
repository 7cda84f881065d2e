/**
 * One JSON line per event on stderr, so operators can grep and ship it. Tokens and secrets are never
 * passed here: callers log ids, never credentials.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  readonly debug: (event: string, fields?: LogFields) => void;
  readonly info: (event: string, fields?: LogFields) => void;
  readonly warn: (event: string, fields?: LogFields) => void;
  readonly error: (event: string, fields?: LogFields) => void;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(minimum: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line)) {
  const emit = (level: LogLevel) => (event: string, fields?: LogFields) => {
    if (LEVELS[level] < LEVELS[minimum]) return;
    write(`${JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') } satisfies Logger;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
