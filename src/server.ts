// First: the start-up's own garbage must not size the young generation for the life of the process.
import { releaseYoungGeneration } from './start-up-heap.js';
import { ListenError, startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { tuneHeap } from './heap.js';

// Entry only: configuration errors end the process with one message listing every problem.
let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
tuneHeap(config.ops.heapGrowingPercent);

let app;
try {
  app = await startApp(config);
} catch (err) {
  // A taken port or a bad trusted-documents manifest (checked against the schema as the gateway is
  // built) is an operator's mistake, not a crash: its message, no stack trace.
  if (err instanceof ListenError || err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
releaseYoungGeneration();

const shutdown = (signal: string) => {
  app.logger.info({ signal }, 'shutting down: draining in-flight requests');
  app.close().then(
    () => process.exit(0),
    (err) => {
      app.logger.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
