import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plan, run, type Probes } from '../../scripts/test-deps.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function probes(p: Partial<Record<keyof Probes, boolean>>): Probes {
  return {
    hasChromium: () => p.hasChromium ?? true,
    hasRedis: () => p.hasRedis ?? true,
    hasAptGet: () => p.hasAptGet ?? true,
    isRoot: () => p.isRoot ?? false,
    hasPasswordlessSudo: () => p.hasPasswordlessSudo ?? false,
  };
}

describe('scripts/test-deps.ts (what npm test needs beyond npm)', () => {
  it('does nothing when chromium and redis-server are present', () => {
    expect(plan(probes({}))).toEqual({ kind: 'ready' });
    const ran: string[][] = [];
    expect(run(probes({}), (argv) => (ran.push(argv), 0))).toBe(0);
    expect(ran).toEqual([]);
  });

  it('installs only what is missing with apt-get as root, without recommends', () => {
    expect(plan(probes({ hasChromium: false, isRoot: true }))).toEqual({
      kind: 'install',
      packages: ['chromium'],
      commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']],
    });
  });

  it('installs both through passwordless sudo when not root', () => {
    const p = plan(probes({ hasChromium: false, hasRedis: false, hasPasswordlessSudo: true }));
    expect(p).toEqual({
      kind: 'install',
      packages: ['chromium', 'redis-server'],
      commands: [['sudo', 'apt-get', 'update'], ['sudo', 'apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'redis-server']],
    });
    const ran: string[][] = [];
    expect(run(probes({ hasChromium: false, hasRedis: false, hasPasswordlessSudo: true }), (argv) => (ran.push(argv), 0))).toBe(0);
    expect(ran).toEqual(p.kind === 'install' ? p.commands : []);
  });

  it('stops with one line naming the exact command when it may not install', () => {
    const p = plan(probes({ hasRedis: false }));
    expect(p).toEqual({
      kind: 'refuse',
      message: "The tests need Debian's redis-server: run `sudo apt-get update && sudo apt-get install -y --no-install-recommends redis-server`, then npm test again.",
    });
    const ran: string[][] = [];
    expect(run(probes({ hasRedis: false }), (argv) => (ran.push(argv), 0))).toBe(1);
    expect(ran).toEqual([]);
  });

  it('names the packages and CHROMIUM_PATH where there is no apt-get', () => {
    const p = plan(probes({ hasChromium: false, hasAptGet: false, isRoot: true }));
    expect(p.kind).toBe('refuse');
    expect(p.kind === 'refuse' && p.message).toMatch(/install chromium with this system's package manager, or set CHROMIUM_PATH/);
  });

  it('fails, running nothing further, when an apt-get step fails', () => {
    const ran: string[][] = [];
    expect(run(probes({ hasChromium: false, isRoot: true }), (argv) => (ran.push(argv), 100))).toBe(1);
    expect(ran).toEqual([['apt-get', 'update']]);
  });

  it('as a process, missing chromium on a machine it cannot install on: exit 1 and one line on stderr', () => {
    // PATH holds only node: no chromium, redis-server, apt-get or sudo, so nothing is installed.
    const bin = mkdtempSync(join(tmpdir(), 'test-deps-path-'));
    try {
      symlinkSync(process.execPath, join(bin, 'node'));
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-deps.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: bin, HOME: process.env.HOME ?? '' },
      });
      expect(res.status).toBe(1);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toEqual([
        "The tests need chromium and redis-server (Debian's packages; no apt-get here): install chromium and redis-server with this system's package manager, or set CHROMIUM_PATH to a Chromium binary, then run npm test again.",
      ]);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
