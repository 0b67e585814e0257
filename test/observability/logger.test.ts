import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wantsPretty } from '../../src/observability/logger.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'tk4821:9f3c2a7d1e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c';

/** Logs one line through createLogger in a child process and returns its stdout. */
function logOnce(format: string, env: Record<string, string> = {}): string {
  const script = `
    import { createLogger } from './src/observability/logger.ts';
    import { Redactor } from './src/upstream/redact.ts';
    const logger = createLogger({ level: 'info', redactor: new Redactor([${JSON.stringify(TOKEN)}]), format: ${JSON.stringify(format)} });
    logger.info({ url: 'http://x/reporter/p/${TOKEN}/sessions' }, 'calling ${TOKEN}');`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout;
}

describe('logs', () => {
  it('are pretty on a terminal or when asked, JSON otherwise, and always JSON in production', () => {
    expect(wantsPretty('auto', true, undefined)).toBe(true);
    expect(wantsPretty('auto', false, undefined)).toBe(false);
    expect(wantsPretty('auto', true, 'production')).toBe(false);
    expect(wantsPretty('pretty', false, 'development')).toBe(true);
    expect(wantsPretty('pretty', true, 'production')).toBe(false);
    expect(wantsPretty('json', true, undefined)).toBe(false);
  });

  it('formats pretty lines through pino-pretty, redacted like the JSON ones', () => {
    const out = logOnce('pretty');
    expect(() => JSON.parse(out.split('\n')[0]!)).toThrow();
    expect(out).toMatch(/INFO.*calling \[REDACTED\]/);
    expect(out).not.toContain(TOKEN);
  });

  it('writes one JSON object per line when stdout is not a terminal, and in production even when asked for pretty', () => {
    for (const out of [logOnce('auto'), logOnce('pretty', { NODE_ENV: 'production' })]) {
      const line = JSON.parse(out.trim().split('\n')[0]!);
      expect(line).toMatchObject({ level: 30, msg: 'calling [REDACTED]', service: 'switchboard' });
      expect(out).not.toContain(TOKEN);
    }
  });
});
