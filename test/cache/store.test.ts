import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_KEY_PREFIX, createResponseCacheStore } from '../../src/cache/store.js';
import { createSharedRedis, type SharedRedis } from '../../src/shared/redis.js';
import { Redactor } from '../../src/upstream/redact.js';
import { captureLogger } from '../helpers/logs.js';
import { startRedis, type TestRedis } from '../helpers/redis.js';
import { until } from '../helpers/until.js';

describe('the response cache in Redis', () => {
  let redis: TestRedis;
  let shared: SharedRedis;
  beforeAll(async () => {
    redis = await startRedis();
    shared = createSharedRedis(redis.url, captureLogger(new Redactor([])).logger);
    await until(() => shared.ready);
  });
  afterAll(async () => {
    await shared?.close();
    await redis?.stop();
  });

  it('keeps every key under sb:cache:, and still finds and invalidates entries by type and by id', async () => {
    const store = createResponseCacheStore(shared);
    const result = { data: { session: { id: '1' } } };
    store.set('response-1', result, [{ typename: 'Session', id: '1' }, { typename: 'Label' }], 60_000);
    store.set('response-2', result, [{ typename: 'Session', id: '2' }], 60_000);
    await store.flush();
    const keys = (await shared.client.keys('*')).sort();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !k.startsWith(CACHE_KEY_PREFIX))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(['sb:cache:response-1', 'sb:cache:operations:response-1', 'sb:cache:Session', 'sb:cache:Session:1']));
    expect(await store.get('response-1')).toEqual(result);

    // By type: every response holding a Session goes, whatever its id.
    store.invalidate([{ typename: 'Session' }]);
    await store.flush();
    expect(await store.get('response-1')).toBeNull();
    expect(await store.get('response-2')).toBeNull();
    expect(await shared.client.exists('sb:cache:Session:1', 'sb:cache:Session:2')).toBe(0);
  });
});
