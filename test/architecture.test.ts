import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { circles, importGraph, type ImportGraph } from './helpers/import-graph.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIMULATORS = 'src/simulators/';
const FIXTURE = 'test/fixtures/import-graph/';

describe('the import graph', () => {
  let graph: ImportGraph;
  beforeAll(async () => {
    graph = await importGraph(ROOT, ['src']);
  });

  it('sees type imports, re-exports and dynamic imports as edges, and names each circle once', async () => {
    const fixture = await importGraph(ROOT, [FIXTURE]);
    expect(circles(fixture)).toEqual([
      `${FIXTURE}a.ts → ${FIXTURE}b.ts → ${FIXTURE}c.ts → ${FIXTURE}a.ts`,
      `${FIXTURE}e.ts → ${FIXTURE}f.ts → ${FIXTURE}e.ts`,
    ]);
  });

  it('covers the gateway and the simulators, including the lazy import of the simulators', () => {
    expect(graph.get('src/server.ts')).toContain('src/app.ts');
    expect(graph.get('src/app.ts')).toContain(`${SIMULATORS}index.ts`);
    expect(graph.get(`${SIMULATORS}index.ts`)).toContain(`${SIMULATORS}harness.ts`);
  });

  it('has no circle in src/', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('the simulators import nothing of the gateway: they meet it only on the wire', () => {
    const crossings = edges(graph).filter(([from, to]) => from.startsWith(SIMULATORS) && !to.startsWith(SIMULATORS));
    expect(crossings.map(([from, to]) => `${from} imports ${to}`)).toEqual([]);
  });

  it('the gateway reaches the simulators only through their entry, src/simulators/index.ts', () => {
    const crossings = edges(graph).filter(([from, to]) => !from.startsWith(SIMULATORS) && to.startsWith(SIMULATORS));
    expect(crossings.filter(([, to]) => to !== `${SIMULATORS}index.ts`).map(([from, to]) => `${from} imports ${to}`)).toEqual([]);
  });
});

function edges(graph: ImportGraph): Array<[string, string]> {
  return [...graph].flatMap(([from, tos]) => [...tos].map((to): [string, string] => [from, to])).sort();
}
