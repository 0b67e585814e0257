import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Pothos and Yoga load graphql's CommonJS build while ESM imports would pick
  // index.mjs, and graphql refuses to mix two module instances.
  // @switchboard/client: its sources, as the root tsconfig's `paths` say (users get its build).
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^@switchboard\/client$/, replacement: fileURLToPath(new URL('client/src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Simulators bind ephemeral loopback ports, so files can run in parallel safely.
    pool: 'forks',
    // The soak test forces GC to check that the heap returns to its baseline.
    execArgv: ['--expose-gc'],
  },
});
