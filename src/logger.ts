import { pino, type DestinationStream, type Logger } from 'pino';
import type { Redactor } from './upstream/redact.js';

export type { Logger };

export interface LoggerOptions {
  level: string;
  redactor: Redactor;
  /** Where lines go; tests pass a capturing stream. @default stdout */
  destination?: DestinationStream;
}

/**
 * pino, with every serialised line passed through the redactor: whatever a log call carries
 * (an undici error message with a URL, an upstream summary), no token reaches the output.
 */
export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: { service: 'switchboard' },
      hooks: { streamWrite: (line: string) => opts.redactor.redact(line) },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
