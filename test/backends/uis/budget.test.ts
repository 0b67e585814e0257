import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UisClient } from '../../../src/backends/uis/client.js';
import { UpstreamError } from '../../../src/gateway/errors.js';
import { MemoryBudgetStore } from '../../../src/shared/budget.js';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { upstreamTestOptions } from '../../helpers/logs.js';
import { startUis, TOKEN } from '../../simulators/uis/rpc-helper.js';

/** The UIS points budget (§11.8) as one gateway process keeps it: sized by what UIS reports. */
describe('UisClient with a shared budget', () => {
  let sim: UisSimulator;
  let client: UisClient;
  beforeAll(async () => {
    const started = await startUis({ limits: { minuteLimit: 5 } });
    sim = started.sim;
    const store = new MemoryBudgetStore();
    client = new UisClient({ ...upstreamTestOptions([TOKEN]), baseUrl: started.url, accessToken: TOKEN, budget: { store, scope: 'default:uis', windows: [] } });
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });

  it('sends no more than UIS’s minute points and refuses the rest before sending, retryable after the reset', async () => {
    const outcomes: Array<'ok' | UpstreamError> = [];
    for (let i = 0; i < 8; i++) outcomes.push(await client.getTags().then(() => 'ok' as const, (e: UpstreamError) => e));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(5);
    expect(sim.log).toHaveLength(5);
    const refused = outcomes.find((o): o is UpstreamError => o !== 'ok')!;
    expect(refused).toBeInstanceOf(UpstreamError);
    expect(refused.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', service: 'uis', endpoint: 'get.tags' });
    expect(refused.retryable).toBe(true);
    expect(refused.retryAfterMs).toBeGreaterThan(3000);
  });

  it('refuses a write too, as NOT_APPLIED: nothing was sent', async () => {
    const before = sim.log.length;
    const err = await client.setTagCommunications({ communication_id: 1, communication_type: 'call', tag_id: 1 }).catch((e: UpstreamError) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', outcome: 'NOT_APPLIED' });
    expect(sim.log.length).toBe(before);
  });
});
