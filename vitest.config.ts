import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance: Pothos and Yoga load graphql's CommonJS build while ESM imports would pick
  // index.mjs, and graphql refuses to mix two module instances.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
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
