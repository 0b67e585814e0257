import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Redactor } from '../upstream/redact.js';

export type { Logger };

export type LogFormat = 'auto' | 'pretty' | 'json';

export interface LoggerOptions {
  level: string;
  redactor: Redactor;
  /** Where lines go; tests pass a capturing stream (always JSON). @default stdout */
  destination?: DestinationStream;
  /** `auto`: pretty when stdout is a terminal and pino-pretty is installed. @default 'auto' */
  format?: LogFormat;
  /** Overrides for the decision, for tests. @default process.stdout.isTTY, process.env.NODE_ENV */
  isTTY?: boolean;
  nodeEnv?: string;
}

/**
 * pino, with every serialised line passed through the redactor: whatever a log call carries
 * (an undici error message with a URL, an upstream summary), no token reaches the output.
 * Redaction happens on the JSON line, before pino-pretty formats it, so pretty lines are redacted too.
 */
export function createLogger(opts: LoggerOptions): Logger {
  const options = {
    level: opts.level,
    base: { service: 'switchboard' },
    hooks: { streamWrite: (line: string) => opts.redactor.redact(line) },
  };
  if (opts.destination) return pino(options, opts.destination);
  const pretty = wantsPretty(opts.format ?? 'auto', opts.isTTY ?? process.stdout.isTTY === true, opts.nodeEnv ?? process.env.NODE_ENV) ? prettyStream() : undefined;
  return pino(options, pretty ?? pino.destination({ dest: 1, sync: true }));
}

/** JSON always in production (log shippers parse it); pretty on a terminal, or when asked for. */
export function wantsPretty(format: LogFormat, isTTY: boolean, nodeEnv: string | undefined): boolean {
  if (nodeEnv === 'production' || format === 'json') return false;
  return format === 'pretty' || isTTY;
}

/**
 * pino-pretty is a dev dependency: loaded only when wanted and present, so a production install
 * (`npm ci --omit=dev`) never needs it and falls back to JSON.
 */
function prettyStream(): DestinationStream | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (o: Record<string, unknown>) => DestinationStream;
    return pretty({ destination: 1, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
  } catch {
    return undefined;
  }
}
