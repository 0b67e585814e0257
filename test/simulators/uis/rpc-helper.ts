import { createDataset } from '../../../src/simulators/dataset/index.js';
import { createUisSimulator, type UisSimulatorOptions } from '../../../src/simulators/uis/server.js';

/** The dataset every UIS test uses: fixed seed and anchor so values are stable. */
export const ANCHOR = new Date('2026-03-01T00:00:00Z');
export const TOKEN = 'test-uis-token-1234567890';

export function uisDataset() {
  return createDataset({ seed: 7, anchor: ANCHOR }).uis;
}

export async function startUis(opts: Partial<UisSimulatorOptions> = {}) {
  const sim = createUisSimulator({ data: opts.data ?? uisDataset(), token: TOKEN, ...opts });
  const origin = await sim.listen(0);
  return { sim, url: `${origin}/v2.0` };
}

/** Sends a raw body to the simulator and returns the HTTP status and parsed JSON. */
export async function rawPost(url: string, body: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=UTF-8' }, body });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) };
}

let next = 1;
/** One JSON-RPC call with the right token unless params override it. */
export async function rpc(url: string, method: string, params: Record<string, unknown> = {}) {
  const id = next++;
  const { json } = await rawPost(url, JSON.stringify({ jsonrpc: '2.0', id, method, params: { access_token: TOKEN, ...params } }));
  return json as { id: number; result?: any; error?: { code: number; message: string; data: any } };
}
