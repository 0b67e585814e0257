import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackends, type Backends } from '../../src/backends/registry.js';
import { loadConfig } from '../../src/config.js';
import { MemoryBudgetStore } from '../../src/shared/budget.js';
import { LOCAL_REFERENCE_STORE } from '../../src/shared/reference-cache.js';
import { startSimulators, type Simulators } from '../../src/simulators/index.js';
import { Redactor } from '../../src/upstream/redact.js';
import { TEST_TOKENS } from '../helpers/gateway.js';
import { captureLogger } from '../helpers/logs.js';

describe('createBackends with shared budgets', () => {
  let sims: Simulators;
  let backends: Backends;
  beforeAll(async () => {
    sims = await startSimulators({ seed: 7, size: 1, tokens: TEST_TOKENS });
    const config = loadConfig({
      REPORTER_URL: sims.urls.reporter,
      REPORTER_TOKEN: TEST_TOKENS.reporter,
      LEELOO_URL: sims.urls.leeloo,
      LEELOO_TOKEN: TEST_TOKENS.leeloo,
      LEELOO_MAX_REQUESTS_PER_MINUTE: '3',
    });
    const redactor = new Redactor(Object.values(TEST_TOKENS));
    backends = createBackends({
      config,
      effective: { reporter: config.reporter, uis: config.uis, leeloo: config.leeloo },
      logger: captureLogger(redactor).logger,
      redactor,
      shared: { budgets: new MemoryBudgetStore(), reference: LOCAL_REFERENCE_STORE },
      tenant: 'acme',
    });
  });
  afterAll(async () => {
    await backends.close();
    await sims.close();
  });

  it('holds Leeloo to LEELOO_MAX_REQUESTS_PER_MINUTE and leaves the Reporter unbudgeted', async () => {
    const leeloo = [];
    for (let i = 0; i < 5; i++) leeloo.push(await backends.leeloo!.listUsers({ limit: 1 }).then(() => 'ok', (e: { code: string }) => e.code));
    expect(leeloo).toEqual(['ok', 'ok', 'ok', 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_RATE_LIMITED']);
    expect(sims.leeloo.log).toHaveLength(3);
    for (let i = 0; i < 5; i++) await backends.reporter!.listSessionLabels();
    expect(sims.reporter.log).toHaveLength(5);
  });
});
