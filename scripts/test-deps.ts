import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the test suite needs beyond npm: Debian's `chromium` (browser tests, driven by playwright-core,
 * which downloads no browser) and `redis-server` (tests of state shared by replicas). `npm test` runs
 * this first, so `npm ci && npm test` on a fresh Debian machine needs nothing installed by hand:
 * - both present: nothing happens;
 * - missing, and this process may install (root, or passwordless sudo) with apt-get: it installs them
 *   (`apt-get update`, then `apt-get install -y --no-install-recommends …`);
 * - missing otherwise: it stops at once with one line naming the exact command to run.
 * The probes are injected so the decision is testable without uninstalling anything
 * (test/scripts/test-deps.test.ts).
 */
export interface Probes {
  /** Debian's binary names, found on PATH (chromium also via CHROMIUM_PATH, as test/helpers/browser.ts does). */
  hasChromium(): boolean;
  hasRedis(): boolean;
  hasAptGet(): boolean;
  isRoot(): boolean;
  /** `sudo -n true` succeeds: sudo is there and asks no password. */
  hasPasswordlessSudo(): boolean;
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; /** Each command as argv, run in order. */ commands: string[][] }
  | { kind: 'refuse'; message: string };

const install = (packages: string[]) => ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];

export function plan(probes: Probes): Plan {
  const packages = [...(probes.hasChromium() ? [] : ['chromium']), ...(probes.hasRedis() ? [] : ['redis-server'])];
  if (packages.length === 0) return { kind: 'ready' };
  const what = packages.join(' and ');
  if (!probes.hasAptGet()) {
    return {
      kind: 'refuse',
      message: `The tests need ${what} (Debian's packages; no apt-get here): install ${what} with this system's package manager${packages.includes('chromium') ? ', or set CHROMIUM_PATH to a Chromium binary' : ''}, then run npm test again.`,
    };
  }
  const sudo = probes.isRoot() ? [] : probes.hasPasswordlessSudo() ? ['sudo'] : undefined;
  if (!sudo) {
    return {
      kind: 'refuse',
      message: `The tests need Debian's ${what}: run \`sudo apt-get update && sudo ${install(packages).join(' ')}\`, then npm test again.`,
    };
  }
  return { kind: 'install', packages, commands: [[...sudo, 'apt-get', 'update'], [...sudo, ...install(packages)]] };
}

function onPath(name: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const systemProbes: Probes = {
  hasChromium: () => (process.env.CHROMIUM_PATH ? executable(process.env.CHROMIUM_PATH) : onPath('chromium')),
  hasRedis: () => onPath('redis-server'),
  hasAptGet: () => onPath('apt-get'),
  isRoot: () => process.getuid?.() === 0,
  hasPasswordlessSudo: () => onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 }).status === 0,
};

/** Runs the plan; returns the process exit code. */
export function run(probes: Probes = systemProbes, exec = (argv: string[]) => spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status): number {
  const p = plan(probes);
  if (p.kind === 'ready') return 0;
  if (p.kind === 'refuse') {
    console.error(p.message);
    return 1;
  }
  console.error(`The tests need Debian's ${p.packages.join(' and ')}: installing (${p.commands.map((c) => c.join(' ')).join(' && ')})`);
  for (const argv of p.commands) {
    if (exec(argv) !== 0) {
      console.error(`Installing ${p.packages.join(' and ')} failed at \`${argv.join(' ')}\`: run it by hand, then npm test again.`);
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(run());
