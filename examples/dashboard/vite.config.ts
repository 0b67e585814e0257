import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The example supervisor dashboard: Preact + @switchboard/client, built to dist/ and served by the
 * gateway at /dashboard/ (same origin as /graphql). `npm run dashboard:build` builds it;
 * `npm run dashboard:dev` serves it with hot reload, proxying /graphql to a gateway on :4000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  plugins: [preact({ prerender: { enabled: false } })],
  // The client package's sources (the root tsconfig's `paths`): no build of client/ needed first.
  resolve: { alias: { '@switchboard/client': fileURLToPath(new URL('../../client/src/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  logLevel: 'warn',
});
