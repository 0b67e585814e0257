import { startSimulators } from './index.js';

/**
 * `npm run simulators`: the three simulated backends alone, on fixed ports, so that the gateway
 * (in LIVE mode) or any other client can be pointed at them.
 */
const env = process.env;
const sims = await startSimulators({
  seed: Number(env.SIMULATOR_SEED ?? 42),
  size: Number(env.SIMULATOR_SIZE ?? 1),
  latencyMs: Number(env.SIMULATOR_LATENCY_MS ?? 0),
  // As in the gateway's embedded default: sessions and calls keep arriving.
  livePerMinute: Number(env.SIMULATOR_LIVE_RATE ?? 6),
  // A LIVE gateway's /hooks/uis/<secret>, to get the UIS simulator's call notifications.
  uisNotifyUrl: env.SIMULATOR_UIS_NOTIFY_URL || undefined,
  host: env.SIMULATOR_HOST ?? '127.0.0.1',
  ports: {
    reporter: Number(env.REPORTER_SIM_PORT ?? 4101),
    uis: Number(env.UIS_SIM_PORT ?? 4102),
    leeloo: Number(env.LEELOO_SIM_PORT ?? 4103),
  },
});

console.log(`Simulators ready (seed ${sims.dataset.seed}, size ${sims.dataset.size}). Point the gateway at them with:
  REPORTER_URL=${sims.urls.reporter} REPORTER_TOKEN=${sims.tokens.reporter}
  UIS_URL=${sims.urls.uis} UIS_ACCESS_TOKEN=${sims.tokens.uis}
  LEELOO_URL=${sims.urls.leeloo} LEELOO_TOKEN=${sims.tokens.leeloo}
(these simulator tokens guard nothing real). About ${env.SIMULATOR_LIVE_RATE ?? 6} new sessions and calls a minute
(SIMULATOR_LIVE_RATE); UIS call notifications ${env.SIMULATOR_UIS_NOTIFY_URL ? 'go to SIMULATOR_UIS_NOTIFY_URL' : 'are off (set SIMULATOR_UIS_NOTIFY_URL to a gateway’s /hooks/uis/<secret>)'}. Ctrl-C stops them.`);

const stop = async () => {
  await sims.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
