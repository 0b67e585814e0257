import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the example dashboard (examples/dashboard → examples/dashboard/dist), which the gateway
 * serves at /dashboard/. `npm start` runs this with --if-missing first, so `npm ci && npm start` is
 * all a person needs: it builds when there is no build or a source (the app, the client package) is
 * newer than it, and otherwise costs nothing.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DASHBOARD_ROOT = join(ROOT, 'examples/dashboard');
export const DASHBOARD_DIST = join(DASHBOARD_ROOT, 'dist');
const SOURCES = [join(DASHBOARD_ROOT, 'src'), join(DASHBOARD_ROOT, 'index.html'), join(DASHBOARD_ROOT, 'vite.config.ts'), join(ROOT, 'client/src')];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function dashboardIsFresh(): boolean {
  const index = join(DASHBOARD_DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

export async function buildDashboard(): Promise<void> {
  // Imported here so that merely checking freshness does not load Vite.
  const { build } = await import('vite');
  await build({ configFile: join(DASHBOARD_ROOT, 'vite.config.ts') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--if-missing') && dashboardIsFresh()) process.exit(0);
  console.log('Building the example dashboard (examples/dashboard → /dashboard/)…');
  await buildDashboard();
}
