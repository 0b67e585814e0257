import type { Redis } from 'ioredis';

/**
 * The commands @envelop/response-cache-redis sends (get, smembers, keys, del, and set / sadd /
 * pexpire in pipelines), with every key under one prefix, so the response cache's keys
 * (`<response id>`, `operations:<id>`, `Session`, `Session:<id>`) live in the `sb:` namespace as the
 * rest of the shared state does (`sb:rl:`, `sb:ref:`, `sb:apq:` …) instead of the database's root.
 * ioredis's own `keyPrefix` would not do: it leaves KEYS patterns unprefixed, and the library reads
 * the keys KEYS returns back as keys.
 */
export interface NamespacedPipeline {
  set(key: string, value: string, ...args: (string | number)[]): NamespacedPipeline;
  sadd(key: string, member: string): NamespacedPipeline;
  pexpire(key: string, ms: number): NamespacedPipeline;
  exec(): Promise<unknown>;
}

export interface NamespacedRedis {
  get(key: string): Promise<string | null>;
  smembers(key: string): Promise<string[]>;
  keys(pattern: string): Promise<string[]>;
  del(keys: string[]): Promise<number>;
  pipeline(): NamespacedPipeline;
}

export function namespacedRedis(client: Redis, prefix: string): NamespacedRedis {
  const k = (key: string) => prefix + key;
  return {
    get: (key) => client.get(k(key)),
    smembers: (key) => client.smembers(k(key)),
    // The prefix holds no glob character, so it can lead the pattern; results lose it again.
    keys: async (pattern) => (await client.keys(k(pattern))).map((key) => key.slice(prefix.length)),
    del: (keys) => client.del(keys.map(k)),
    pipeline() {
      const p = client.pipeline();
      const wrapped: NamespacedPipeline = {
        set: (key, value, ...args) => ((p.set as (...a: unknown[]) => unknown)(k(key), value, ...args), wrapped),
        sadd: (key, member) => (p.sadd(k(key), member), wrapped),
        pexpire: (key, ms) => (p.pexpire(k(key), ms), wrapped),
        exec: () => p.exec(),
      };
      return wrapped;
    },
  };
}
