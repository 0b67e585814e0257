import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/observability/logger.js';
import { Redactor } from '../../src/upstream/redact.js';

/** A logger whose redacted lines are kept in memory, so tests can scan them for tokens. */
export function captureLogger(redactor: Redactor, level = 'debug'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level, redactor, destination }), lines };
}

/** Options every backend client needs in a test: short timeouts, a capturing logger, a redactor knowing the tokens. */
export function upstreamTestOptions(tokens: string[] = [], timeoutMs = 2_000) {
  const redactor = new Redactor(tokens);
  const { logger, lines } = captureLogger(redactor);
  // Retries wait a few ms in tests, so that retry counts can be asserted quickly.
  return { redactor, logger, lines, timeoutMs, retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_500 } };
}
