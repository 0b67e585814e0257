import { isAbsolute, relative } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/** Module → the local modules it imports, as paths relative to the repository root. */
export type ImportGraph = Map<string, Set<string>>;

/**
 * The relative-import graph of some folders, built by dependency-cruiser with the TypeScript parser:
 * `import type`, `export … from` and dynamic `import()` count as edges like any import
 * (`tsPreCompilationDeps`: type-only edges are what make most circles, and they are compiled away).
 * npm packages and node built-ins are left out: a circle can only run through our own files.
 */
export async function importGraph(root: string, dirs: string[], tsConfigFile = 'tsconfig.json'): Promise<ImportGraph> {
  const tsConfig = extractTSConfig(`${root}/${tsConfigFile}`);
  const result = await cruise(
    dirs,
    {
      baseDir: root,
      tsPreCompilationDeps: true,
      tsConfig: { fileName: tsConfigFile },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
    },
    {},
    { tsConfig },
  );
  const output = result.output as ICruiseResult;
  const graph: ImportGraph = new Map();
  const local = (path: string) => (isAbsolute(path) ? relative(root, path) : path);
  for (const mod of output.modules) {
    if (mod.coreModule || mod.couldNotResolve || mod.source.includes('node_modules')) continue;
    const edges = graph.get(local(mod.source)) ?? new Set<string>();
    graph.set(local(mod.source), edges);
    for (const dep of mod.dependencies) {
      if (dep.coreModule || dep.couldNotResolve || dep.resolved.includes('node_modules')) continue;
      edges.add(local(dep.resolved));
    }
  }
  return graph;
}

/**
 * Every circle of the graph, once each: its strongly connected components of more than one module
 * (or a module importing itself), each given as one concrete path that starts and ends at its
 * alphabetically first member, e.g. `a.ts → b.ts → a.ts`, followed by the component's other members
 * when several circles are tangled into one (`a.ts → b.ts → a.ts (tangled with c.ts)`).
 */
export function circles(graph: ImportGraph): string[] {
  const components = stronglyConnected(graph).filter((c) => c.length > 1 || graph.get(c[0])?.has(c[0]));
  return components
    .map((component) => {
      const members = [...component].sort();
      const path = pathThrough(graph, new Set(members), members[0]);
      const others = members.filter((m) => !path.includes(m));
      return path.join(' → ') + (others.length > 0 ? ` (tangled with ${others.join(', ')})` : '');
    })
    .sort();
}

/** Tarjan's algorithm, iterative so that a long import chain cannot overflow the stack. */
function stronglyConnected(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edges: Iterator<string> }> = [];
    const visit = (node: string) => {
      index.set(node, next);
      low.set(node, next++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: (graph.get(node) ?? new Set<string>()).values() });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.edges.next();
      if (!step.done) {
        const to = step.value;
        if (!index.has(to)) visit(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        out.push(component);
      }
    }
  }
  return out;
}

/** The shortest path from `start` back to itself inside one component (breadth first). */
function pathThrough(graph: ImportGraph, members: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of [...(graph.get(node) ?? [])].sort()) {
      if (!members.has(to)) continue;
      if (to === start) {
        const chain: string[] = [];
        for (let at = node; at !== start; at = previous.get(at)!) chain.unshift(at);
        return [start, ...chain, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}
