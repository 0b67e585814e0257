import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { findUp } from '../../http/find-up.js';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/**
 * Serves the example dashboard's build (examples/dashboard/dist, `npm run dashboard:build`) at
 * /dashboard/, same origin as /graphql so the app calls the relative `/graphql` with no CORS.
 * Static files only: hashed assets are cached for a year, index.html never. A path without a file
 * (a client-side route) gets index.html. Nothing outside the build folder can be read, and source
 * maps are not served in production.
 */
export const DASHBOARD_PATH = '/dashboard/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Where the build is: the production build's own (dist/dashboard, which `npm run build` writes, so a
 * production install ships dist/ and has the dashboard), else the checkout's (examples/dashboard/dist,
 * `npm start` after `npm run dashboard:build`). The nearest folder up from this module that holds one
 * wins: from dist/src/… that is dist/dashboard.
 */
export function defaultDashboardDir(): string {
  const index = findUp(import.meta.url, ['dashboard/index.html', 'examples/dashboard/dist/index.html']);
  return index ? dirname(index) : fileURLToPath(new URL('../../../examples/dashboard/dist', import.meta.url));
}

export interface DashboardOptions {
  /** Serve the build's `*.map` files: not in production (they carry the sources). @default true */
  sourceMaps?: boolean;
}

export function useDashboard(dir: string, opts: DashboardOptions = {}): Plugin {
  const root = normalize(dir + sep);
  const sourceMaps = opts.sourceMaps ?? true;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname === '/dashboard') return endResponse(fetchAPI.Response.redirect(new URL(DASHBOARD_PATH, url).toString(), 308));
      if (!url.pathname.startsWith(DASHBOARD_PATH) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      if (!existsSync(join(root, 'index.html'))) {
        return endResponse(
          new fetchAPI.Response(
            'The dashboard is not built here. In a checkout: `npm run dashboard:build` (npm start builds it when missing). ' +
              'For a production install: `npm run build` writes it to dist/dashboard/; ship dist/ with the gateway.\n',
            {
              status: 404,
              headers: { 'content-type': 'text/plain; charset=utf-8' },
            },
          ),
        );
      }
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(DASHBOARD_PATH.length));
      } catch {
        return endResponse(new fetchAPI.Response('Bad path\n', { status: 400 }));
      }
      if (!sourceMaps && relative.toLowerCase().endsWith('.map')) return endResponse(new fetchAPI.Response('Not found\n', { status: 404 }));
      const file = normalize(join(root, relative));
      const inside = file.startsWith(root) && !relative.includes('\0');
      const asset = inside && relative !== '' && existsSync(file) && extname(file) !== '' ? file : join(root, 'index.html');
      const body = await readFile(asset);
      const immutable = asset.includes(`${sep}assets${sep}`);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          headers: {
            'content-type': TYPES[extname(asset)] ?? 'application/octet-stream',
            'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
