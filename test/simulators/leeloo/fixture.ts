import { generatePeople, type Person } from '../../../src/simulators/dataset/people.js';
import { Rng } from '../../../src/simulators/dataset/prng.js';
import type { SimServer } from '../../../src/simulators/harness.js';
import { generateLeelooData, type LeelooData } from '../../../src/simulators/leeloo/data.js';
import { createLeelooSimulator, type LeelooSimulatorOptions } from '../../../src/simulators/leeloo/server.js';

export const ANCHOR = new Date('2025-06-01T12:00:00.000Z');
/** Long and distinctive, so that a leak into any message or log line is unmistakable. */
export const TOKEN = 'leeloo-test-token-7f3a9c1e5b2d4f6a8c0e';

/**
 * The Leeloo part of `createDataset({seed, size, anchor})`, built the same way (same forks of the
 * root generator) without running the other backends' generators.
 */
export function leelooFixture(seed = 42, size = 1, anchor = ANCHOR): { people: Person[]; data: LeelooData } {
  const root = new Rng(seed);
  const people = generatePeople(root.fork(1), Math.max(20, Math.round(600 * size)));
  root.fork(2);
  root.fork(3);
  return { people, data: generateLeelooData({ rng: root.fork(4), people, size, anchor }) };
}

export interface StartedLeeloo {
  sim: SimServer;
  /** What a client takes as baseUrl: `${origin}/api/v1`. */
  baseUrl: string;
  data: LeelooData;
  people: Person[];
}

export async function startLeeloo(extra: Partial<LeelooSimulatorOptions> = {}): Promise<StartedLeeloo> {
  const { people, data } = leelooFixture();
  const sim = createLeelooSimulator({ data, token: TOKEN, ...extra });
  const origin = await sim.listen(0);
  return { sim, baseUrl: `${origin}/api/v1`, data, people };
}
