import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../bench/scenarios.js';
import { operationText } from '../../scripts/operations.js';
import type { ServiceName } from '../../src/gateway/errors.js';
import { createBackendMap } from '../../src/schema/backend-map.js';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { sampleCall } from '../helpers/sample-args.js';

const map = createBackendMap(schema);
const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
const rootFields = roots.flatMap((root) => Object.values(root.getFields()).map((field) => ({ root, field, coordinate: `${root.name}.${field.name}` })));

/** Root fields answered without any upstream call: `backends` says so itself; `_service` (federation, added outside Pothos) prints the SDL. */
const LOCAL = new Set(['Query.backends', 'Query._service']);

describe('the backend map (schema/backend-map.ts)', () => {
  it.each(rootFields.map((r) => [r.coordinate, r] as const))('maps %s to the backends it may call', (coordinate, { field }) => {
    const backends = map.fields.get(coordinate);
    expect(backends).toBeDefined();
    if (LOCAL.has(coordinate)) expect(backends).toEqual([]);
    else expect(backends!.length).toBeGreaterThan(0);
    if (coordinate === 'Query.backends') expect(field.extensions.backends).toEqual([]);
  });

  it('walks into joins and fragments: a CRM page with calls touches Leeloo and UIS', () => {
    expect(map.ofOperation(parse(operationText('crm-accounts-with-calls.graphql')))).toEqual(['uis', 'leeloo']);
    expect(map.ofOperation(parse(operationText('reporter/sessions-with-clients-and-labels.graphql')))).toEqual(['reporter']);
    expect(map.ofOperation(parse('{ backends { name } }'))).toEqual([]);
    expect(map.ofOperation(parse('query($id: ID!) { node(id: $id) { id } }'))).toEqual(['reporter', 'uis', 'leeloo']);
    expect(map.ofOperation(parse('{ leelooAccounts(first: 1) { edges { node { calls(period: {from: "2024-01-01T00:00:00Z", to: "2024-01-02T00:00:00Z"}) { totalCount } } } } }'))).toEqual([
      'uis',
      'leeloo',
    ]);
  });
});

describe('the map against the wire: an operation calls only the backends its map names', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });
  beforeEach(() => gw.sims.resetLogs());

  const called = (): ServiceName[] => {
    const c = gw.sims.counts();
    return (['reporter', 'uis', 'leeloo'] as const).filter((s) => c[s] > 0);
  };

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const text = operationText(scenario.operation);
    // UIS's account time zone is fetched once and then cached: warm it so it cannot blur the count.
    await gw.execute(text, scenario.variables(gw.sims));
    gw.sims.resetLogs();
    await gw.execute(text, scenario.variables(gw.sims));
    expect(called().length).toBeGreaterThan(0);
    for (const s of called()) expect(map.ofOperation(parse(text))).toContain(s);
  });

  it.each(rootFields.filter((r) => r.root.name !== 'Subscription').map((r) => [r.coordinate, r] as const))(
    '%s with sample arguments',
    async (_coordinate, { root, field }) => {
      const { query, variables } = sampleCall(root, field);
      await gw.execute(query, variables);
      const predicted = map.ofOperation(parse(query));
      for (const s of called()) expect(predicted).toContain(s);
    },
  );
});
