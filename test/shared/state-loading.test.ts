import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Opens the shared state in a fresh process and says whether ioredis got loaded. */
function ioredisLoaded(redisUrl: string | undefined): boolean {
  const script = [
    "const { createRequire } = await import('node:module');",
    "const { openSharedState } = await import('./src/shared/state.ts');",
    "const { createLogger } = await import('./src/observability/logger.ts');",
    "const { Redactor } = await import('./src/upstream/redact.ts');",
    `const shared = await openSharedState({ redisUrl: ${JSON.stringify(redisUrl)}, logger: createLogger({ level: 'silent', redactor: new Redactor() }) });`,
    "const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/ioredis/'));",
    'await shared.close();',
    'console.log(JSON.stringify({ loaded }));',
  ].join('\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(out.trim().split('\n').at(-1)!).loaded;
}

describe('openSharedState', () => {
  it('never loads ioredis without REDIS_URL', () => {
    expect(ioredisLoaded(undefined)).toBe(false);
  });

  it('loads it when REDIS_URL is set (a connection that is refused is still made)', () => {
    expect(ioredisLoaded('redis://127.0.0.1:1')).toBe(true);
  });
});
