import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceName } from '../../src/gateway/errors.js';
import { bearer } from '../helpers/auth.js';
import { leaksOf } from '../helpers/secret-oracle.js';
import { startTenantGateway, TENANT_IDS, TENANT_TOKENS, type TenantGateway, type TenantId } from '../helpers/tenants.js';
import { encodingArgs, ENCODINGS, pieceOf } from '../helpers/secret-encodings.js';

/**
 * Finding 4 of issue 18, end to end: two tenants, six tokens. Each tenant's backends answer with some
 * form of some token (its own or the other tenant's: base64, hex, percent, reversed, entities, escapes,
 * pieces of 7) either in an error body (every error shape: text, the Reporter and Leeloo JSON
 * envelopes, JSON-RPC errors) or inside a 2xx data field the query reads. No form of any of the six
 * may appear in the response, in any log line, or in /readiness (with or without the `metrics`
 * scope), as the independent decoding oracle judges; and a data field that held one still arrives,
 * with the token replaced.
 */
const SIX = TENANT_IDS.flatMap((id) => Object.values(TENANT_TOKENS[id]));
const SERVICES: ServiceName[] = ['reporter', 'uis', 'leeloo'];

const QUERIES: Record<ServiceName, string> = {
  reporter: '{ sessions(first: 1) { edges { node { sessionData } } } }',
  uis: '{ employees(first: 1) { edges { node { fullName } } } }',
  leeloo: '{ leelooAccounts(first: 1) { edges { node { name } } } }',
};

/** Puts `value` into the first item's data field the query reads; returns the undo. */
async function plant(gw: TenantGateway, tenant: TenantId, service: ServiceName, value: string): Promise<() => void> {
  const data = gw.sims[tenant].dataset;
  if (service === 'reporter') {
    const s = data.reporter.sessions[0]!;
    const before = s.sessionData;
    s.sessionData = { note: value };
    return () => void (s.sessionData = before);
  }
  // Every employee's and account's: whichever the backend lists first.
  if (service === 'uis') {
    const before = data.uis.employees.map((e) => e.full_name);
    for (const e of data.uis.employees) e.full_name = value;
    return () => data.uis.employees.forEach((e, i) => (e.full_name = before[i]!));
  }
  // The Leeloo simulator keeps its own copy of the data: serve its real first page, with the name changed.
  const sims = gw.sims[tenant];
  const page = (await (await fetch(`${sims.urls.leeloo}/accounts?limit=1`, { headers: { 'x-leeloo-authtoken': TENANT_TOKENS[tenant].leeloo } })).json()) as { data: { name: string }[] };
  page.data[0]!.name = value;
  sims.leeloo.setFault('GET accounts', { kind: 'status', status: 200, body: JSON.stringify(page), contentType: 'application/json' });
  return () => sims.leeloo.clearFaults();
}

/** Makes every request to the backend fail with `value` in the body, in one of that backend's error shapes. */
function fail(gw: TenantGateway, tenant: TenantId, service: ServiceName, value: string, shape: number): void {
  const sim = gw.sims[tenant][service];
  const json = (status: number, body: unknown) => sim.setFault('*', { kind: 'status', status, body: JSON.stringify(body), contentType: 'application/json' });
  switch (shape % 4) {
    case 0:
      return sim.setFault('*', { kind: 'status', status: 500, body: `upstream said: ${value}`, contentType: 'text/plain' });
    case 1:
      return service === 'leeloo' ? json(400, { status: 0, error: { code: value, message: value, traceId: value } }) : json(400, { error: value, message: value, args: { echo: value } });
    case 2:
      return service === 'uis'
        ? sim.setFault('*', { kind: 'rpcError', code: -32602, mnemonic: value, message: value })
        : json(404, { error: `not.found.${value}`, message: value });
    default:
      return sim.setFault('*', { kind: 'status', status: 401, body: `<html><body>${value}</body></html>`, contentType: 'text/html' });
  }
}

describe('no form of any token reaches a caller, a log line or /readiness', () => {
  let gw: TenantGateway;
  beforeAll(async () => {
    gw = await startTenantGateway({ RESPONSE_CACHE: 'off', READINESS_CACHE_MS: '0', UPSTREAM_TIMEOUT_MS: '1000' });
  });
  afterAll(() => gw.close());

  const leaks = (text: string) => SIX.flatMap((secret) => leaksOf(text, secret));

  it('holds for every encoding, tenant, backend, error shape and 2xx data field', async () => {
    let planted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SIX).chain((secret) => pieceOf(secret)),
        fc.constantFrom(...Object.keys(ENCODINGS)),
        encodingArgs,
        fc.constantFrom(...TENANT_IDS),
        fc.constantFrom(...SERVICES),
        fc.constantFrom('data' as const, 'error' as const),
        fc.nat(3),
        async (piece, name, args, tenant, service, where, shape) => {
          const value = `before ${ENCODINGS[name]!(piece, args)} after`;
          const undo = where === 'data' ? await plant(gw, tenant, service, value) : (fail(gw, tenant, service, value, shape), () => undefined);
          const logsFrom = gw.logLines.length;
          try {
            const res = await gw.post(bearer(gw.keys[tenant]), QUERIES[service]);
            const text = await res.text();
            expect({ name, piece, where, leaks: leaks(text) }).toEqual({ name, piece, where, leaks: [] });
            if (where === 'data') {
              // The field still arrived, with the token cut out of it. A character of the text beside
              // the token may go with it, when it happens to be the token's own neighbour (the token's
              // `e-Qw7…` read across `before --Q-w-7…`), so the text is checked at its two ends.
              const field = /"(?:note|fullName|name)":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
              expect({ name, piece, field }).toEqual({ name, piece, field: expect.stringMatching(/^b.*\[REDACTED\].*r$/s) });
              planted += 1;
            } else {
              expect(text).toContain('"errors"');
              expect(text).not.toContain('upstream said');
            }
            for (const headers of [{}, bearer(gw.keys[tenant])]) {
              const readiness = await (await gw.yoga.fetch('http://gateway.test/readiness', { headers })).text();
              expect({ name, piece, readiness: leaks(readiness) }).toEqual({ name, piece, readiness: [] });
            }
            expect({ name, piece, logs: leaks(gw.logLines.slice(logsFrom).join('\n')) }).toEqual({ name, piece, logs: [] });
          } finally {
            undo();
            for (const id of TENANT_IDS) gw.sims[id].clearFaults();
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(planted).toBeGreaterThan(5);
  });
});
