import type { Agent } from 'undici';

/**
 * The floor of a scenario (issue 12): the CPU time of what moving its data costs at the least —
 * parsing the upstream bodies of one operation and serialising the gateway's response — measured in
 * this process. Gateway CPU ÷ floor says how much of the gateway's time is its own work.
 */
export interface FloorInput {
  /** The upstream requests one operation sent, replayed once to get their bodies. */
  requests: Array<{ origin: string; path: string; method: string; body?: string; headers: Record<string, string> }>;
  /** The gateway's response body for that operation. */
  response: string;
}

export async function measureFloor(input: FloorInput, agent: Agent, iterations = 300): Promise<number> {
  const bodies: string[] = [];
  for (const r of input.requests) {
    const res = await agent.request({ origin: r.origin, path: r.path, method: r.method as 'GET', body: r.body, headers: r.headers });
    const text = await res.body.text();
    // An empty answer (204 to a delete) has nothing to parse.
    if (text.trim()) bodies.push(text);
  }
  const result = JSON.parse(input.response) as unknown;
  let sink = 0;
  const once = () => {
    for (const b of bodies) sink += (JSON.parse(b) as unknown) ? 1 : 0;
    sink += JSON.stringify(result).length;
  };
  for (let i = 0; i < 50; i++) once();
  // Median of five batches: one batch can meet a GC pause or a busy core.
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const t0 = process.cpuUsage();
    for (let i = 0; i < iterations; i++) once();
    const t = process.cpuUsage(t0);
    batches.push((t.user + t.system) / 1000 / iterations);
  }
  if (sink < 0) throw new Error('unreachable');
  return batches.sort((a, b) => a - b)[2]!;
}
