import { ReporterClient } from '../../../src/backends/reporter/client.js';
import { generatePeople } from '../../../src/simulators/dataset/people.js';
import { Rng } from '../../../src/simulators/dataset/prng.js';
import type { SimServer } from '../../../src/simulators/harness.js';
import { generateReporterData } from '../../../src/simulators/reporter/data.js';
import type { ReporterData } from '../../../src/simulators/reporter/records.js';
import { createReporterSimulator, type ReporterSimulatorOptions } from '../../../src/simulators/reporter/server.js';
import { upstreamTestOptions } from '../../helpers/logs.js';

export const TOKEN = 'test1234:0123456789abcdef0123456789abcdef01234567';
export const ANCHOR = new Date('2026-11-23T18:00:00.000Z');

/** The Reporter part of the dataset, built the way createDataset builds it (same forks). */
export function reporterData(seed = 42): ReporterData {
  const root = new Rng(seed);
  const people = generatePeople(root.fork(1), 600);
  return generateReporterData({ rng: root.fork(2), people, size: 1, anchor: ANCHOR });
}

export interface Harness {
  data: ReporterData;
  sim: SimServer;
  origin: string;
  client: ReporterClient;
  lines: string[];
  close(): Promise<void>;
}

/** A simulator on an ephemeral loopback port and a client pointed at it (base URL `${origin}/api`). */
export async function startReporter(
  extra: Partial<Omit<ReporterSimulatorOptions, 'data' | 'token'>> = {},
  clientOpts: { timeoutMs?: number } = {},
): Promise<Harness> {
  const data = reporterData();
  const sim = createReporterSimulator({ data, token: TOKEN, ...extra });
  const origin = await sim.listen(0);
  const o = upstreamTestOptions([TOKEN], clientOpts.timeoutMs ?? 2_000);
  const client = new ReporterClient({ ...o, baseUrl: `${origin}/api`, token: TOKEN });
  return {
    data,
    sim,
    origin,
    client,
    lines: o.lines,
    async close() {
      await client.close();
      await sim.close();
    },
  };
}

/** Raw wire access for simulator tests: path below `/api/reporter/p/{token}`. */
export async function raw(
  origin: string,
  method: string,
  path: string,
  opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
  const res = await fetch(`${origin}/api/reporter/p/${encodeURIComponent(opts.token ?? TOKEN)}/${path.replace(/^\//, '')}`, {
    method,
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}
